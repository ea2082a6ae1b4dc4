package dev.deskhand.assistant.grounding;

import dev.deskhand.assistant.Fact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds drafts only from their sources: random facts of every kind, each rendered in one
 * of its language's local formats inside a sentence that states nothing else.
 */
final class GroundedDraftBuilder {

	static final String[] LANGUAGES = { "da", "de", "en" };

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	/** Valid ISO 6346 numbers (from /work/refgen.py). */
	static final String[] CONTAINERS = { "FCIU7278863", "EGHU1988325", "BMOU5207775", "TGHU8162047", "TGHU4017919",
			"CMAU4401120", "TCNU2871491", "TCNU1046640" };

	/** A place as a fact names it, and the names a text may use for it. */
	static final String[][] PLACES = { { "Aarhus", "Aarhus", "Århus", "DKAAR" },
			{ "Copenhagen", "København", "Kopenhagen", "Copenhagen" }, { "Hamburg", "Hamburg", "DEHAM" },
			{ "Gdańsk", "Gdansk", "Danzig", "Gdańsk" }, { "Rotterdam", "Rotterdam", "NLRTM" },
			{ "Bremerhaven", "Bremerhaven" }, { "Shanghai", "Shanghai" }, { "Ningbo", "Ningbo" },
			{ "Singapore", "Singapur", "Singapore" }, { "Antwerp", "Antwerpen", "Antwerp" },
			{ "Göteborg", "Gøteborg", "Gothenburg", "Göteborg" }, { "Felixstowe", "Felixstowe" },
			{ "Germany", "Tyskland", "Deutschland", "Germany" }, { "Poland", "Polen", "Poland" } };

	static final String SIGNATURE = "Nordhavn Logistik · +45 70 20 30 40 · 2026";

	record Built(String language, List<Fact> facts, String text, ZoneId zone) {

		GroundingSources sources(String incoming) {
			return new GroundingSources(this.facts, incoming, this.language, this.zone, TODAY);
		}

	}

	private GroundedDraftBuilder() {
	}

	static Built build(Random r) {
		String lang = LANGUAGES[r.nextInt(3)];
		List<Fact> facts = new ArrayList<>();
		StringBuilder text = new StringBuilder(greeting(lang)).append("\n\n");
		int n = 1 + r.nextInt(6);
		for (int i = 0; i < n; i++) {
			text.append(sentence(r, lang, facts, i)).append('\n');
		}
		facts.add(new Fact("text", SIGNATURE, "workspace:w:signoff"));
		text.append('\n').append(SIGNATURE);
		return new Built(lang, facts, text.toString(), ZoneId.of("Europe/Copenhagen"));
	}

	static String greeting(String lang) {
		return switch (lang) {
			case "da" -> "Hej";
			case "de" -> "Guten Tag";
			default -> "Hello";
		};
	}

	private static String sentence(Random r, String lang, List<Fact> facts, int i) {
		String source = "shipment:s" + i + ":field";
		return switch (r.nextInt(6)) {
			case 0 -> {
				LocalDate d = TODAY.plusDays(r.nextInt(121) - 60);
				facts.add(new Fact("date", d.toString(), source));
				yield wrap(lang, date(r, lang, d));
			}
			case 1 -> {
				LocalTime t = LocalTime.of(r.nextInt(24), r.nextInt(4) * 15);
				facts.add(new Fact("time", t.toString(), source));
				yield wrap(lang, time(r, lang, t));
			}
			case 2 -> {
				BigDecimal a = BigDecimal.valueOf(100 + r.nextInt(999_900), 2);
				String currency = new String[] { "DKK", "EUR", "USD" }[r.nextInt(3)];
				facts.add(new Fact("amount", a.toPlainString() + " " + currency, source));
				yield wrap(lang, amount(r, lang, a, currency));
			}
			case 3 -> {
				int v = r.nextBoolean() ? 2 + r.nextInt(11) : 2 + r.nextInt(20_000);
				facts.add(new Fact("number", Integer.toString(v), source));
				yield wrap(lang, number(r, lang, v));
			}
			case 4 -> {
				String ref = r.nextBoolean() ? CONTAINERS[r.nextInt(CONTAINERS.length)]
						: "BKG" + (100_000 + r.nextInt(900_000));
				facts.add(new Fact("reference", ref, source));
				yield wrap(lang, r.nextBoolean() || ref.startsWith("BKG") ? ref
						: ref.substring(0, 4) + " " + ref.substring(4, 10) + "-" + ref.charAt(10));
			}
			default -> {
				String[] place = PLACES[r.nextInt(PLACES.length)];
				facts.add(new Fact("place", place[0], source));
				yield wrap(lang, place[1 + r.nextInt(place.length - 1)]);
			}
		};
	}

	/** A sentence that states nothing but {@code value}. */
	static String wrap(String lang, String value) {
		return switch (lang) {
			case "da" -> "Vi kan bekræfte: " + value + ".";
			case "de" -> "Wir bestätigen: " + value + ".";
			default -> "We can confirm: " + value + ".";
		};
	}

	static String date(Random r, String lang, LocalDate d) {
		Locale locale = Locale.forLanguageTag(lang);
		String[] patterns = switch (lang) {
			case "da" -> new String[] { "d. MMMM yyyy", "d. MMMM", "dd.MM.yyyy", "d/M", "EEEE 'den' d. MMMM", "d.M." };
			case "de" -> new String[] { "d. MMMM yyyy", "d. MMMM", "dd.MM.yyyy", "d.M.", "EEEE, d. MMMM" };
			default -> new String[] { "d MMMM yyyy", "MMMM d, yyyy", "EEEE, d MMMM", "dd/MM/yyyy", "d MMM" };
		};
		return DateTimeFormatter.ofPattern(patterns[r.nextInt(patterns.length)], locale).format(d);
	}

	static String time(Random r, String lang, LocalTime t) {
		String hhmm = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
		return switch (lang) {
			case "da" -> r.nextBoolean() ? "kl. " + hhmm : "kl. " + hhmm.replace(':', '.');
			case "de" -> t.getMinute() == 0 && r.nextBoolean() ? t.getHour() + " Uhr" : hhmm + " Uhr";
			default -> r.nextBoolean() ? hhmm
					: (t.getHour() % 12 == 0 ? 12 : t.getHour() % 12)
							+ (t.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getMinute()))
							+ (t.getHour() < 12 ? " am" : " pm");
		};
	}

	static String amount(Random r, String lang, BigDecimal a, String currency) {
		String n = format(lang, a.setScale(2, RoundingMode.UNNECESSARY), true);
		return switch (lang) {
			case "da" -> currency.equals("DKK") && r.nextBoolean() ? n + " kr." : currency + " " + n;
			case "de" -> currency.equals("EUR") && r.nextBoolean() ? n + " €" : n + " " + currency;
			default -> currency.equals("USD") && r.nextBoolean() ? "$" + n : currency + " " + n;
		};
	}

	static String number(Random r, String lang, int v) {
		if (v <= 12 && r.nextBoolean()) {
			String[] words = switch (lang) {
				case "da" ->
					new String[] { "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv" };
				case "de" -> new String[] { "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
						"elf", "zwölf" };
				default -> new String[] { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
						"eleven", "twelve" };
			};
			return words[v - 2];
		}
		return format(lang, BigDecimal.valueOf(v), r.nextBoolean());
	}

	static String format(String lang, BigDecimal v, boolean grouped) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setDecimalSeparator(lang.equals("en") ? '.' : ',');
		symbols.setGroupingSeparator(lang.equals("en") ? ',' : '.');
		DecimalFormat f = new DecimalFormat(grouped ? "#,##0.##" : "0.##", symbols);
		f.setMinimumFractionDigits(v.scale() > 0 ? 2 : 0);
		return f.format(v);
	}

}
