package dev.deskhand.work.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.deskhand.work.HolidayRegion;
import java.text.Collator;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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

	private static final Map<String, List<Holiday>> NAMED_BY_YEAR = new ConcurrentHashMap<>();

	private static final Map<String, List<HolidayRegion>> REGIONS = new ConcurrentHashMap<>();

	/** Offered first, in this order: where Deskhand's customers mostly are. */
	private static final List<String> FIRST = List.of("dk", "de", "se", "no", "fi", "nl", "be", "pl", "at", "ch", "fr",
			"gb", "ie", "cz", "lu");

	/** Countries whose subdivisions are offered (their holidays differ by state). */
	private static final Set<String> SUBDIVIDED = Set.of("de");

	/** The languages jollyday has names in, besides English. */
	private static final Set<String> JOLLYDAY_LANGUAGES = Set.of("de", "el", "fr", "nl", "pt", "sv");

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

	/**
	 * The public holidays on or after {@code from}, in date order, at most {@code limit}
	 * and none further than two years ahead; each with its name in {@code language}
	 * (Danish from Deskhand's own list, other languages from jollyday, else English).
	 */
	public static List<Named> upcoming(@Nullable String country, @Nullable String subdivision, LocalDate from,
			int limit, Locale language) {
		if (country == null || country.isBlank()) {
			return List.of();
		}
		String c = country.strip().toLowerCase(Locale.ROOT);
		String sub = region(c, subdivision);
		List<Named> out = new ArrayList<>();
		for (int year = from.getYear(); year <= from.getYear() + 2 && out.size() < limit; year++) {
			for (Holiday h : named(c, sub, year)) {
				if (!h.getDate().isBefore(from) && out.size() < limit) {
					out.add(new Named(h.getDate(), name("holiday.description." + h.getPropertiesKey(), language,
							h.getDescription(Locale.ROOT))));
				}
			}
		}
		return out;
	}

	/**
	 * Every country jollyday knows, and the states of Germany, with names in
	 * {@code language}: the usual European countries first, then the rest by name.
	 */
	public static List<HolidayRegion> regions(Locale language) {
		return REGIONS.computeIfAbsent(language.getLanguage(), l -> {
			Collator byName = Collator.getInstance(language);
			List<String> countries = HolidayManager.getSupportedCalendarCodes()
				.stream()
				.filter(code -> code.length() == 2)
				.map(code -> code.toLowerCase(Locale.ROOT))
				.sorted(Comparator.comparingInt((String code) -> FIRST.contains(code) ? FIRST.indexOf(code) : 999)
					.thenComparing(code -> countryName(code, language), byName))
				.toList();
			List<HolidayRegion> out = new ArrayList<>();
			for (String code : countries) {
				String name = countryName(code, language);
				out.add(new HolidayRegion(code.toUpperCase(Locale.ROOT), name));
				if (SUBDIVIDED.contains(code)) {
					manager(code).getCalendarHierarchy()
						.getChildren()
						.keySet()
						.stream()
						.map(sub -> new HolidayRegion((code + "-" + sub).toUpperCase(Locale.ROOT),
								name + " – " + name("country.description." + code + "." + sub, language, sub)))
						.sorted(Comparator.comparing(HolidayRegion::name, byName))
						.forEach(out::add);
				}
			}
			return List.copyOf(out);
		});
	}

	/** A public holiday and its name. */
	public record Named(LocalDate date, String name) {
	}

	private static String countryName(String code, Locale language) {
		String name = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(language);
		return name.isBlank() ? code.toUpperCase(Locale.ROOT) : name;
	}

	/**
	 * A jollyday description key in {@code language}: Deskhand's own Danish names, then
	 * jollyday's own, then English, then {@code fallback}. Never the JVM's default
	 * language.
	 */
	private static String name(String key, Locale language, String fallback) {
		String lang = language.getLanguage();
		List<String[]> bundles = new ArrayList<>();
		if (lang.equals("da")) {
			bundles.add(new String[] { "work/holiday-names", "da" });
		}
		String base = key.startsWith("holiday.") ? "descriptions/holiday_descriptions"
				: "descriptions/country_descriptions";
		if (JOLLYDAY_LANGUAGES.contains(lang)) {
			bundles.add(new String[] { base, lang });
		}
		bundles.add(new String[] { base, "" });
		for (String[] b : bundles) {
			try {
				ResourceBundle bundle = ResourceBundle.getBundle(b[0], Locale.of(b[1]), Holidays.class.getClassLoader(),
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
				if (bundle.containsKey(key)) {
					return bundle.getString(key).strip();
				}
			}
			catch (MissingResourceException e) {
				// try the next
			}
		}
		return fallback;
	}

	private static List<Holiday> named(String country, String subdivision, int year) {
		return NAMED_BY_YEAR.computeIfAbsent(country + "/" + subdivision + "/" + year, k -> {
			HolidayManager manager;
			try {
				manager = manager(country);
			}
			catch (RuntimeException e) {
				return List.of();
			}
			Set<Holiday> holidays = subdivision.isEmpty() ? manager.getHolidays(Year.of(year))
					: manager.getHolidays(Year.of(year), subdivision);
			return holidays.stream()
				.filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY)
				.sorted(Comparator.comparing(Holiday::getDate))
				.toList();
		});
	}

	/**
	 * Whether jollyday knows the subdivision of the country: {@code DE-SN} or {@code SN}
	 * for Saxony in {@code DE}.
	 */
	public static boolean knows(String country, String subdivision) {
		String c = country.strip().toLowerCase(Locale.ROOT);
		String s = subdivision.strip().toLowerCase(Locale.ROOT);
		if (s.contains("-") && !s.startsWith(c + "-")) {
			return false;
		}
		try {
			return manager(c).getCalendarHierarchy().getChildren().containsKey(region(c, s));
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	private static Set<LocalDate> compute(String country, String subdivision, int year) {
		return named(country, subdivision, year).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
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
