package dev.deskhand.assistant.triage;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The language of an e-mail's new text: {@code da}, {@code de}, {@code en}, or
 * {@code other}. Lingua, restricted to the languages Deskhand's inboxes meet (Danish,
 * German, English and the neighbours it must not take for them: Norwegian Bokmål and
 * Nynorsk, Swedish, Dutch, French, Spanish, Italian, Polish), built once on first use in
 * its low-accuracy mode (trigram models only: a fraction of the memory, and e-mails are
 * long enough for it). Short or empty new text falls back to the subject, then the quoted
 * history.
 */
public final class Languages {

	/** Fewer letters than this is too little to tell a language by. */
	static final int ENOUGH_LETTERS = 24;

	/** Below this many letters the team's languages are preferred ({@link #detect}). */
	static final int SHORT_TEXT = 40;

	static final double SHORT_MARGIN = 0.25;

	private static final Pattern SUBJECT_PREFIX = Pattern.compile(
			"^\\s*((re|aw|sv|vs|wg|fw|fwd|antw|vb|tr|r|rif|odp|doorst)\\s*(\\[\\d+\\])?\\s*:\\s*)+",
			Pattern.CASE_INSENSITIVE);

	private static volatile LanguageDetector detector;

	private Languages() {
	}

	private static LanguageDetector detector() {
		LanguageDetector d = detector;
		if (d == null) {
			synchronized (Languages.class) {
				d = detector;
				if (d == null) {
					LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(Language.DANISH, Language.GERMAN,
							Language.ENGLISH, Language.BOKMAL, Language.NYNORSK, Language.SWEDISH, Language.DUTCH,
							Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.POLISH);
					d = b.withLowAccuracyMode().build();
					detector = d;
				}
			}
		}
		return d;
	}

	/** The language of the mail: new text, else subject, else quoted history. */
	public static String of(MailParts parts, String subject) {
		String text = parts.fresh();
		if (letters(text) < ENOUGH_LETTERS) {
			text = (stripPrefix(subject) + "\n" + text).strip();
		}
		if (letters(text) < ENOUGH_LETTERS && !parts.signature().isEmpty()) {
			text = text + "\n" + parts.signature();
		}
		if (letters(text) < ENOUGH_LETTERS && !parts.quoted().isEmpty()) {
			text = text + "\n" + parts.quoted();
		}
		return detect(text);
	}

	/**
	 * The language of a text: da, de, en or other ({@code other} for an empty one). A
	 * short text's trigrams say little, so there the team's own languages are preferred:
	 * Danish, German or English wins when it scores within {@value #SHORT_MARGIN} of a
	 * neighbour (a Danish one-liner is not taken for Bokmål; a longer Norwegian or
	 * Swedish text still is told apart).
	 */
	public static String detect(String text) {
		int letters = letters(text);
		if (letters == 0) {
			return "other";
		}
		SortedMap<Language, Double> scores = detector().computeLanguageConfidenceValues(text);
		if (scores.isEmpty()) {
			return "other";
		}
		Language best = scores.firstKey();
		double top = scores.get(best);
		if (letters < SHORT_TEXT && code(best).equals("other")) {
			for (Map.Entry<Language, Double> e : scores.entrySet()) {
				if (!code(e.getKey()).equals("other") && e.getValue() >= top * (1 - SHORT_MARGIN)) {
					return code(e.getKey());
				}
			}
		}
		return code(best);
	}

	private static String code(Language language) {
		return switch (language) {
			case DANISH -> "da";
			case GERMAN -> "de";
			case ENGLISH -> "en";
			default -> "other";
		};
	}

	/** The subject without "Re:", "AW:", "SV:", "Fwd:" … */
	public static String stripPrefix(String subject) {
		return SUBJECT_PREFIX.matcher(subject).replaceFirst("");
	}

	static int letters(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				n++;
			}
		}
		return n;
	}

}
