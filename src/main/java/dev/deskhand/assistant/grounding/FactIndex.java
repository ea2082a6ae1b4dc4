package dev.deskhand.assistant.grounding;

import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.assistant.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The facts by every reading that one of them backs: a date backs {@code date:},
 * {@code week:} and {@code year:}; a date-time also its {@code time:}; an amount its
 * {@code amount:} and {@code number:}; a digit-only reference its {@code number:}; a
 * place every {@code place:} id its name, parts and LOCODEs have. The first fact for a
 * reading wins. Values a fact does not parse as its kind back nothing (beyond its literal
 * text for {@code name} and {@code text}).
 */
final class FactIndex {

	private static final Pattern AMOUNT = Pattern.compile("([A-Z]{3})?\\s*(-?\\d+(?:\\.\\d+)?)\\s*([A-Z]{3})?");

	private final Map<String, Fact> byReading = new HashMap<>();

	/** Folded names of the facts' places the gazetteer does not know, to their ids. */
	final Map<String, String> extraPlaces = new HashMap<>();

	private final Gazetteer gazetteer;

	private final ZoneId zone;

	FactIndex(Gazetteer gazetteer, ZoneId zone) {
		this.gazetteer = gazetteer;
		this.zone = zone;
	}

	@Nullable Fact backing(List<String> readings) {
		for (String r : readings) {
			Fact f = this.byReading.get(r);
			if (f != null) {
				return f;
			}
		}
		return null;
	}

	void put(String reading, Fact fact) {
		this.byReading.putIfAbsent(reading, fact);
	}

	void add(Fact fact) {
		for (String r : readings(fact)) {
			put(r, fact);
		}
	}

	private List<String> readings(Fact fact) {
		String v = fact.value().strip();
		List<String> out = new ArrayList<>(4);
		try {
			switch (fact.kind()) {
				case "date" -> date(v, out);
				case "datetime" -> dateTime(v, out);
				case "time" -> out.add(Times.key(LocalTime.parse(v).toString().substring(0, 5)));
				case "amount" -> amount(v, out);
				case "number" -> number(v, out);
				case "reference" -> reference(v, out);
				case "place" -> place(v, out);
				default -> digits(v, out);
			}
		}
		catch (DateTimeParseException | ArithmeticException | NumberFormatException ex) {
			// a value that is not its kind backs nothing
		}
		return out;
	}

	private void date(String v, List<String> out) {
		if (v.length() > 10) {
			dateTime(v, out);
			return;
		}
		LocalDate d = LocalDate.parse(v);
		out.add(CalendarWords.key(d));
		out.add(CalendarWords.week(d));
		out.add("year:" + d.getYear());
	}

	private void dateTime(String v, List<String> out) {
		LocalDateTime dt;
		try {
			dt = LocalDateTime.parse(v);
		}
		catch (DateTimeParseException ex) {
			dt = OffsetDateTime.parse(v).atZoneSameInstant(this.zone).toLocalDateTime();
		}
		LocalDateTime minute = dt.withSecond(0).withNano(0);
		out.add("datetime:" + minute);
		out.add(Times.key(minute.toLocalTime().toString()));
		date(minute.toLocalDate().toString(), out);
	}

	private static void amount(String v, List<String> out) {
		Matcher m = AMOUNT.matcher(v.toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			return;
		}
		String currency = m.group(1) != null ? m.group(1) : m.group(3);
		String n = Numerals.canonical(new BigDecimal(m.group(2)));
		if (currency != null) {
			out.add(Amounts.key(n, currency));
		}
		out.add("number:" + n);
	}

	private static void number(String v, List<String> out) {
		String n = Numerals.canonical(new BigDecimal(v));
		out.add("number:" + n);
		if (v.chars().allMatch(Character::isDigit)) {
			out.add(References.key(v));
			digits(v, out);
		}
	}

	private static void reference(String v, List<String> out) {
		String n = ReferenceChecks.normalise(v);
		out.add(References.key(n));
		if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
			out.add("number:" + Numerals.canonical(new BigDecimal(n)));
			out.add(References.key(Numerals.canonical(new BigDecimal(n))));
		}
		digits(v, out);
	}

	/** A phone number or other long digit string in any fact backs the same digits. */
	private static void digits(String v, List<String> out) {
		String d = v.replaceAll("\\D", "");
		if (d.length() >= 6) {
			out.add("digits:" + d);
		}
	}

	private void place(String v, List<String> out) {
		Set<String> ids = new LinkedHashSet<>(this.gazetteer.ids(v));
		Scan words = new Scan(v, "", LocalDate.EPOCH);
		Places.find(words, this.gazetteer, Map.of());
		words.found().forEach((f) -> ids.add(f.readings().get(0).substring("place:".length())));
		if (ids.isEmpty()) {
			String id = "fact:" + Fold.fold(v);
			ids.add(id);
			this.extraPlaces.putIfAbsent(Fold.fold(v), id);
			for (String part : v.split("[,;()/]")) {
				if (part.strip().length() >= 3) {
					this.extraPlaces.putIfAbsent(Fold.fold(part), id);
				}
			}
		}
		ids.forEach((id) -> out.add("place:" + id));
	}

}
