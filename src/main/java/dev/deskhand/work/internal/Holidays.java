package dev.deskhand.work.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Public holidays of a country and optionally one of its subdivisions (ISO 3166-2, e.g.
 * {@code DE-SN}), from jollyday. Each (country, subdivision, year) is computed once and
 * kept: jollyday parses XML per manager and is far too slow for an SLA clock asked
 * thousands of times a minute.
 *
 * <p>
 * Checked against jollyday 1.5.0: Denmark has Store Bededag up to 2023 and not from 2024
 * on (abolished by law), Saxony has Buß- und Bettag (the Wednesday before 23 November),
 * Berlin does not. No correction of its data is needed; the tests pin these facts so a
 * jollyday upgrade that gets them wrong fails the build.
 */
public final class Holidays {

	private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

	private static final Map<String, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

	private Holidays() {
	}

	/** The public holidays of {@code year}; empty for a null or unknown country. */
	public static Set<LocalDate> of(@Nullable String country, @Nullable String subdivision, int year) {
		if (country == null || country.isBlank()) {
			return Set.of();
		}
		String c = country.strip().toLowerCase(Locale.ROOT);
		String sub = region(c, subdivision);
		return BY_YEAR.computeIfAbsent(c + "/" + sub + "/" + year, k -> compute(c, sub, year));
	}

	/** Whether jollyday knows the country. */
	public static boolean knows(String country) {
		try {
			manager(country.strip().toLowerCase(Locale.ROOT));
			return true;
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	private static Set<LocalDate> compute(String country, String subdivision, int year) {
		HolidayManager manager;
		try {
			manager = manager(country);
		}
		catch (RuntimeException e) {
			return Set.of();
		}
		Set<Holiday> holidays = subdivision.isEmpty() ? manager.getHolidays(Year.of(year))
				: manager.getHolidays(Year.of(year), subdivision);
		return holidays.stream()
			.filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY)
			.map(Holiday::getDate)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static HolidayManager manager(String country) {
		return MANAGERS.computeIfAbsent(country, c -> HolidayManager.getInstance(ManagerParameters.create(c)));
	}

	/** {@code DE-SN} and {@code sn} both name Saxony; jollyday wants {@code sn}. */
	private static String region(String country, @Nullable String subdivision) {
		if (subdivision == null || subdivision.isBlank()) {
			return "";
		}
		String s = subdivision.strip().toLowerCase(Locale.ROOT);
		return s.startsWith(country + "-") ? s.substring(country.length() + 1) : s;
	}

}
