package dev.deskhand.assistant.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail body split into the new text a person wrote now, its signature (sign-off,
 * name, address, disclaimer) and the quoted history of earlier mail (lines quoted with
 * "&gt; ", everything below "On … wrote:", "Den … skrev:", "Am … schrieb:", an Outlook
 * header block "From:/Sent:", "Von:/Gesendet:", "Fra:/Sendt:", "-----Original
 * Message-----" or a forwarded-message marker).
 *
 * @param fresh the new text without its signature
 * @param signature the sign-off and what follows it in the new text
 * @param quoted the quoted history
 */
public record MailParts(String fresh, String signature, String quoted) {

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"^\\s*(on|den|d\\.|am|le|el|il|op|på|pa|em|w dniu|dnia)\\b.{0,200}?\\b(wrote|writes|skrev|skriver|schrieb|"
					+ "geschrieben|a écrit|escribió|ha scritto|scrisse|schreef|escreveu|napisał)\\s*:?\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SEPARATOR = Pattern.compile("^\\s*(-{2,}|_{2,}|={2,})?\\s*(original message|"
			+ "oprindelig (meddelelse|besked|e-?mail)|ursprüngliche nachricht|original-?nachricht|forwarded message|"
			+ "videresendt (meddelelse|besked|e-?mail)|weitergeleitete nachricht|vidarebefordrat meddelande|"
			+ "videresendt melding|opprinnelig melding|ursprungligt meddelande|doorgestuurd bericht|"
			+ "message d'origine|message transféré|mensaje original)\\s*(-{2,}|_{2,}|={2,})?\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern FORWARD_START = Pattern.compile(
			"^\\s*(begin forwarded message|anfang der weitergeleiteten nachricht|start på videresendt (meddelelse|"
					+ "besked)|videresendt start|beginning of forwarded message)\\s*:?\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_FROM = Pattern.compile(
			"^\\s*\\*?(from|von|fra|från|frå|de|van|od|da)\\s*:\\*?\\s*\\S.*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_NEXT = Pattern.compile(
			"^\\s*\\*?(sent|gesendet|sendt|skickat|date|datum|dato|envoyé|verzonden|enviado|inviato|wysłano|to|an|til|"
					+ "till|à|aan|para|a|do|subject|betreff|emne|ämne|objet|onderwerp|asunto|oggetto|temat|cc)\\s*:.*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{8,}\\s*$");

	private static final Pattern SIGN_OFF = Pattern.compile(
			"^\\s*(med venlig(e)? hilsen?|venlig(e)? hilsen?|de bedste hilsner|bedste hilsner|mange hilsner|hilsen|mvh\\.?|"
					+ "vh\\.?|kh\\.?|kærlig hilsen|mit freundlichen grüßen|mit freundlichen gruessen|freundliche grüße|"
					+ "freundliche grüsse|viele grüße|viele gruesse|beste grüße|beste grüsse|liebe grüße|grüße|gruß|mfg|lg|vg|"
					+ "best regards|kind regards|warm regards|regards|best wishes|best|cheers|many thanks|thanks and regards|"
					+ "thank you and regards|yours sincerely|sincerely|br|brgds|rgds|vennlig hilsen|med vennlig hilsen|"
					+ "vänliga hälsningar|med vänliga hälsningar|hälsningar|met vriendelijke groet(en)?|cordialement|"
					+ "saludos|cordiali saluti|pozdrawiam)\\b[\\s,.!/a-zæøåäöüß]{0,40}$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SIGNATURE_DASHES = Pattern.compile("^--\\s*$");

	private static final Pattern DISCLAIMER = Pattern.compile(
			"(this e-?mail (and any attachments )?(is|are|may be) (confidential|intended)|"
					+ "denne e-?mail (og eventuelle vedhæftede filer )?(er|kan være) fortrolig|"
					+ "diese e-?mail (enthält|ist) vertrauliche|sent from my (iphone|ipad|android|samsung)|"
					+ "sendt fra min (iphone|ipad)|von meinem (iphone|ipad|smartphone) gesendet|"
					+ "please consider the environment|tænk på miljøet)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Splits {@code body}; never throws, empty parts are empty strings. */
	public static MailParts of(String body) {
		String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<String> fresh = new ArrayList<>();
		List<String> quoted = new ArrayList<>();
		int cut = lines.length;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (startsHistory(lines, i)) {
				cut = i;
				break;
			}
			if (line.stripLeading().startsWith(">")) {
				quoted.add(line.stripLeading().replaceFirst("^(>\\s?)+", ""));
			}
			else {
				fresh.add(line);
			}
		}
		for (int i = cut; i < lines.length; i++) {
			quoted.add(lines[i].stripLeading().replaceFirst("^(>\\s?)+", ""));
		}
		int sign = signatureStart(fresh);
		String newText = String.join("\n", fresh.subList(0, sign)).strip();
		String signature = String.join("\n", fresh.subList(sign, fresh.size())).strip();
		return new MailParts(newText, signature, String.join("\n", quoted).strip());
	}

	private static boolean startsHistory(String[] lines, int i) {
		String line = lines[i];
		if (line.isBlank()) {
			return false;
		}
		if (SEPARATOR.matcher(line).matches() || FORWARD_START.matcher(line).matches()) {
			return true;
		}
		String lower = line.toLowerCase(Locale.ROOT);
		if (ATTRIBUTION.matcher(line).matches()) {
			return true;
		}
		if (i + 1 < lines.length && line.length() < 200 && ATTRIBUTION.matcher(line + " " + lines[i + 1]).matches()
				&& lower.matches("^\\s*(on|den|am|le|el|il|op|på)\\b.*")) {
			return true;
		}
		if (UNDERSCORES.matcher(line).matches()) {
			return i + 1 < lines.length && nextNonBlankIsHeader(lines, i + 1);
		}
		if (HEADER_FROM.matcher(line).matches()) {
			for (int j = i + 1; j < Math.min(lines.length, i + 5); j++) {
				if (HEADER_NEXT.matcher(lines[j]).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean nextNonBlankIsHeader(String[] lines, int from) {
		for (int j = from; j < Math.min(lines.length, from + 3); j++) {
			if (!lines[j].isBlank()) {
				return HEADER_FROM.matcher(lines[j]).matches();
			}
		}
		return false;
	}

	/**
	 * Where the signature begins: a "-- " line, a sign-off line ("Med venlig hilsen",
	 * "Mit freundlichen Grüßen", "Best regards" …) or a disclaimer; the end when none.
	 */
	private static int signatureStart(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (SIGNATURE_DASHES.matcher(line).matches() || DISCLAIMER.matcher(line).find()) {
				return i;
			}
			if (i > 0 && line.length() <= 60 && SIGN_OFF.matcher(line).matches()) {
				return i;
			}
		}
		return lines.size();
	}

	/** The new text with its signature: all a person wrote now. */
	public String written() {
		return signature.isEmpty() ? fresh : fresh + "\n" + signature;
	}

}
