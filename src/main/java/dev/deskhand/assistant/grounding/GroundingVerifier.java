package dev.deskhand.assistant.grounding;

import dev.deskhand.assistant.Claim;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.assistant.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a final text, whoever wrote it, against its sources: every reference, number,
 * date, time, amount and place it states must equal a fact (see "The assistant: grounding
 * verifier" in ARCHITECTURE.md for what counts and how it is read).
 * <ul>
 * <li>A value a fact backs is a {@link PlacedFact} with that fact's source.</li>
 * <li>A value only the incoming mail states (or a fact with source {@link Fact#MESSAGE})
 * is backed as the customer's own claim when its sentence says so ("som du skriver", "wie
 * Sie schreiben", "as you mention" ...), else a {@link Claim} with reason
 * {@code customer-claim}.</li>
 * <li>Anything else is a {@link Claim} with reason {@code unbacked}.</li>
 * </ul>
 * Not read: the literal text of {@code text} and {@code name} facts (the caller passes
 * the workspace's signature and sign-off as {@code text} facts; names are placed as
 * facts), e-mail addresses, links, names of customs forms and terms ("EUR.1", "T1",
 * "Incoterms 2020", "24/7"), and quoted history (lines starting with {@code >} and the
 * "... wrote:" line above them). Pure and stateless.
 */
@Component
public class GroundingVerifier {

	/** Why a claim is not backed: no source states it. */
	public static final String UNBACKED = "unbacked";

	/** Why a claim is not backed: only the customer's mail states it, unattributed. */
	public static final String CUSTOMER_CLAIM = "customer-claim";

	private static final Pattern ADDRESS = Pattern
		.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://|www\\.)[^\\s<>\"]+", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * Names of documents and terms that carry digits but state nothing: customs and
	 * origin forms (T1, T2L, EUR.1, EX-A, CN23, C88), "Incoterms 2020", "24/7".
	 */
	private static final Pattern TERMS = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:T1|T2L?F?|EUR\\.1|EUR-MED|EX-?1|EX-?A|A\\.TR|CN2[23]|C88|24/7|Incoterms®?\\h?20[12]0)(?![\\p{L}\\p{N}])");

	private static final Pattern WROTE = Pattern.compile("(?i).*\\b(?:wrote|skrev|schrieb)\\b.*:\\h*");

	/**
	 * The verdict on {@code text}. Pure; never throws: a text it cannot read (which no
	 * known input causes) is one unbacked claim over the whole text, so it goes to a
	 * person.
	 */
	public Verification verify(String text, GroundingSources sources) {
		try {
			return check(text, sources);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return new Verification(List.of(), List.of(new Claim("text", text, 0, text.length(), UNBACKED)));
		}
	}

	private Verification check(String text, GroundingSources sources) {
		String language = sources.language() == null ? "" : sources.language().toLowerCase(Locale.ROOT);
		LocalDate today = sources.today();
		FactIndex facts = new FactIndex(Gazetteer.BUILT_IN, sources.zone());
		FactIndex claims = new FactIndex(Gazetteer.BUILT_IN, sources.zone());
		for (Fact f : sources.facts()) {
			(Fact.MESSAGE.equals(f.source()) ? claims : facts).add(f);
		}
		Map<String, String> places = facts.extraPlaces;
		places.putAll(claims.extraPlaces);
		String incoming = sources.incomingText() == null ? "" : sources.incomingText();
		for (Found f : read(incoming, language, today, places, List.of(), List.of())) {
			Fact claim = new Fact(f.kind(), f.value(), Fact.MESSAGE);
			f.readings().forEach((r) -> claims.put(r, claim));
		}
		List<PlacedFact> backed = new ArrayList<>();
		List<Found> found = read(text, language, today, places, sources.facts(), backed);
		List<Claim> unbacked = new ArrayList<>();
		for (Found f : found) {
			Fact fact = facts.backing(f.readings());
			if (fact != null) {
				backed.add(new PlacedFact(fact.kind(), fact.value(), fact.source(), f.start(), f.end()));
			}
			else if (claims.backing(f.readings()) == null) {
				unbacked.add(claim(text, f, UNBACKED));
			}
			else if (Attribution.attributed(text, f.start(), f.end(), found)) {
				backed.add(new PlacedFact(f.kind(), f.value(), Fact.MESSAGE, f.start(), f.end()));
			}
			else {
				unbacked.add(claim(text, f, CUSTOMER_CLAIM));
			}
		}
		backed.sort(Comparator.comparingInt(PlacedFact::start));
		return new Verification(backed, unbacked);
	}

	private static Claim claim(String text, Found f, String reason) {
		return new Claim(f.kind(), text.substring(f.start(), f.end()), f.start(), f.end(), reason);
	}

	/**
	 * Every value {@code text} states, in a fixed order of extractors; the literal text
	 * of {@code text}/{@code name} facts is skipped (names placed into {@code names}).
	 */
	static List<Found> read(String text, String language, LocalDate today, Map<String, String> places, List<Fact> facts,
			List<PlacedFact> names) {
		Scan scan = new Scan(text, language, today);
		mask(scan, facts, names);
		References.formed(scan);
		Dates.iso(scan);
		Amounts.find(scan);
		Times.find(scan);
		Dates.written(scan);
		RelativeDates.find(scan);
		Numbers.phones(scan);
		References.tokens(scan);
		Numbers.find(scan);
		Places.find(scan, Gazetteer.BUILT_IN, places);
		return scan.found();
	}

	private static void mask(Scan scan, List<Fact> facts, List<PlacedFact> names) {
		String lower = scan.text.toLowerCase(Locale.ROOT);
		for (Fact f : facts) {
			if (!"text".equals(f.kind()) && !"name".equals(f.kind()) || f.value().strip().length() < 3) {
				continue;
			}
			String v = f.value().strip().toLowerCase(Locale.ROOT);
			for (int at = lower.indexOf(v); at >= 0; at = lower.indexOf(v, at + 1)) {
				if (!wholeWord(lower, at, at + v.length())) {
					continue;
				}
				if (scan.free(at, at + v.length()) && "name".equals(f.kind())) {
					names.add(new PlacedFact(f.kind(), f.value(), f.source(), at, at + v.length()));
				}
				scan.take(at, at + v.length());
			}
		}
		quoted(scan);
		for (Pattern p : List.of(ADDRESS, TERMS)) {
			Matcher m = p.matcher(scan.text);
			while (m.find()) {
				scan.take(m.start(), m.end());
			}
		}
	}

	/**
	 * Lines starting with ">" and the "... wrote:" line just above them: line by line,
	 * any length.
	 */
	private static void quoted(Scan scan) {
		String text = scan.text;
		int previousStart = -1;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (start < text.length() && text.charAt(start) == '>') {
				scan.take(start, end);
				if (previousStart >= 0 && WROTE.matcher(text.substring(previousStart, start - 1)).matches()) {
					scan.take(previousStart, start - 1);
				}
			}
			previousStart = start;
			start = end + 1;
		}
	}

	/**
	 * A fact's text masks only whole words: carrier "ONE" does not hide container
	 * ONEU1234567.
	 */
	private static boolean wholeWord(String text, int start, int end) {
		return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
				&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
	}

}
