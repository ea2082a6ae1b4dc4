package dev.deskhand.inbox.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises out-of-office replies that come without the standard headers (many mail
 * servers and older clients send them as plain mail): by the subject's usual opening, or
 * by the opening lines of the body, in Danish, German and English. Deliberately narrow —
 * a customer asking "can you reply automatically?" or writing "we are out of stock" is a
 * customer.
 */
final class OutOfOffice {

	/**
	 * A subject that opens (after Re:/AW:/SV:) with an auto-reply's label, followed by a
	 * colon, the original subject's Re:, or nothing: "Out of office hours delivery?" is a
	 * question.
	 */
	private static final Pattern SUBJECT = Pattern.compile(
			"^(?:(?:re|aw|sv|fw|fwd|wg)\\s*:\\s*)*(?:"
					+ "out of (?:the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|"
					+ "autosvar|automatisk svar|automatisk besked|fraværende|ikke til stede|ikke på kontoret|"
					+ "abwesenheitsnotiz|abwesenheitsmeldung|abwesenheit|automatische antwort|"
					+ "automatische rückantwort|abwesend|nicht im büro)(?:\\s*[:(\\-–]|\\s*$|\\s+(?:re|aw|sv)\\s*:)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Sentences an absent person's auto-reply opens with. */
	private static final List<Pattern> BODY = List.of(
			body("i(?: am|'m|’m) (?:currently |now )?(?:out of (?:the )?office|away from (?:the |my )?office)"),
			body("i(?: am|'m|’m|ll be|’ll be| will be) (?:currently |now )?(?:on (?:annual |parental |sick )?leave|"
					+ "on (?:holiday|vacation)|away|out|travelling|traveling) (?:until|till|through|and will (?:be back|"
					+ "return)|returning|with (?:limited|no) access)"),
			body("jeg er (?:på ferie|fraværende|ikke på kontoret|ikke til stede|på barsel|på kursus|syg) "
					+ "(?:til|indtil|frem til|og (?:er|vender|har|læser|kan)|med begrænset)"),
			body("jeg er (?:fraværende|ikke på kontoret|ikke til stede)[.!]"), body("jeg holder ferie"),
			body("ich bin (?:bis|vom|ab|von|derzeit|zurzeit|momentan|aktuell|leider|heute)\\b.{0,60}?"
					+ "(?:nicht im büro|nicht erreichbar|außer haus|im urlaub|abwesend)"),
			body("ich befinde mich (?:bis .{0,40}?)?(?:im urlaub|außer haus|nicht im büro)"));

	private OutOfOffice() {
	}

	/** Why the message looks like an out-of-office reply; null when it does not. */
	static @Nullable String reason(String subject, String text) {
		if (SUBJECT.matcher(subject.strip()).find()) {
			return "out-of-office subject: " + shorten(subject.strip());
		}
		String opening = opening(text);
		for (Pattern p : BODY) {
			if (p.matcher(opening).find()) {
				return "out-of-office text";
			}
		}
		return null;
	}

	/** The first few lines, lower-cased, with whitespace as single spaces. */
	private static String opening(String text) {
		String start = text.length() > 300 ? text.substring(0, 300) : text;
		return start.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** At the start of the body, of a sentence, or after a greeting ("Hej Lars,"). */
	private static Pattern body(String regex) {
		return Pattern.compile("(?:^|[.!]\\s|^[^.!?]{0,60}?[,!:]\\s)" + regex,
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String shorten(String s) {
		return s.length() > 80 ? s.substring(0, 80) : s;
	}

}
