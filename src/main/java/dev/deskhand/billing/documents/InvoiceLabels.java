package dev.deskhand.billing.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The labels, numbers and dates of one invoice's files in the document's language (da, de
 * or en; anything else reads as English): labels from the bundles' {@code billing.pdf.*}
 * keys, amounts with two decimals and the language's separators.
 */
final class InvoiceLabels {

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter longDate;

	private final DateTimeFormatter dayDate;

	private final DecimalFormat decimals;

	InvoiceLabels(MessageSource messages, String language) {
		this.messages = messages;
		this.locale = switch (language) {
			case "da" -> Locale.of("da", "DK");
			case "de" -> Locale.GERMANY;
			default -> Locale.UK;
		};
		boolean english = locale == Locale.UK;
		this.longDate = DateTimeFormatter.ofPattern(english ? "d MMMM yyyy" : "d. MMMM yyyy", locale);
		this.dayDate = DateTimeFormatter.ofPattern(english ? "EEE d MMM yyyy" : "EEE dd.MM.yyyy", locale);
		this.decimals = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
		this.decimals.setRoundingMode(RoundingMode.HALF_UP);
	}

	/** True where numbers are written with a decimal comma (da, de). */
	boolean decimalComma() {
		return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
	}

	String text(String key, Object... args) {
		return messages.getMessage("billing.pdf." + key, args, locale);
	}

	String date(LocalDate date) {
		return longDate.format(date);
	}

	String day(LocalDate date) {
		return dayDate.format(date);
	}

	String time(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	/**
	 * Two decimals with the language's separators: {@code 1.234,50} or {@code 1,234.50}.
	 */
	String number(BigDecimal value) {
		synchronized (decimals) {
			return decimals.format(value);
		}
	}

	/** Hours with two decimals; pieces (tasks, a retainer fee) whole where they are. */
	String quantity(BigDecimal quantity, String unit) {
		if (!"HUR".equals(unit) && quantity.stripTrailingZeros().scale() <= 0) {
			return quantity.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
		}
		return number(quantity);
	}

	String amount(BigDecimal value, String currency) {
		return number(value) + " " + currency;
	}

	/** A VAT rate without trailing zeros: {@code 25}, {@code 7,5}. */
	String rate(BigDecimal rate) {
		String plain = rate.stripTrailingZeros().toPlainString();
		return decimalComma() ? plain.replace('.', ',') : plain;
	}

	/** A country's name in the document's language, from its ISO code. */
	String country(String code) {
		String name = Locale.of("", code).getDisplayCountry(locale);
		return name.isBlank() ? code : name;
	}

}
