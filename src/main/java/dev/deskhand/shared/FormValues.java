package dev.deskhand.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads what people type into form fields: blank is "not given" (null), anything else
 * must parse, or it is refused with an {@link InvalidInputException} for the field's
 * pointer and the caller's reason. One reading of numbers, dates and times for every
 * page's form.
 */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * A decimal as people write it: {@code 1.234,50} (da, de) and {@code 1,234.50} (en)
	 * alike, the last separator being the decimal one; spaces ignored.
	 */
	public static @Nullable BigDecimal decimal(String pointer, @Nullable String typed, Text refusal) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String t = typed.strip().replace(" ", "");
		int comma = t.lastIndexOf(',');
		int point = t.lastIndexOf('.');
		t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(pointer, refusal);
		}
	}

	public static @Nullable Integer integer(String pointer, @Nullable String typed, Text refusal) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(pointer, refusal);
		}
	}

	/** A date as date fields send it ({@code 2026-12-04}). */
	public static @Nullable LocalDate date(String pointer, @Nullable String typed, Text refusal) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(pointer, refusal);
		}
	}

	/** A time as time fields send it ({@code 08:30}). */
	public static @Nullable LocalTime time(String pointer, @Nullable String typed, Text refusal) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(pointer, refusal);
		}
	}

}
