package dev.deskhand.assistant.grounding;

import java.util.List;

/**
 * Whether a sentence presents what it states as the customer's own claim ("som du
 * skriver", "wie Sie schreiben", "as you mention" ...). A sentence ends at a line break
 * or at {@code . ! ?} followed by white space, unless the dot is inside a value ("3.
 * März") or ends an abbreviation ("kl.", "ca.", "Nr.").
 */
final class Attribution {

	private static final List<String> MARKERS = List
		.of("som du skriver", "som du selv skriver", "du skriver", "som du nævner", "du nævner", "som nævnt i din",
				"ifølge din mail", "ifølge din e-mail", "ifølge din email", "ifølge din besked", "ifølge dig",
				"ifølge jeres", "som du oplyser", "du oplyser", "du har oplyst", "som du angiver", "du angiver",
				"jf. din", "efter dine oplysninger", "i din mail skriver du", "som i skriver", "i skriver",
				"wie sie schreiben", "wie du schreibst", "sie schreiben", "wie sie erwähnen", "sie erwähnen",
				"ihrer mail zufolge", "ihrer e-mail zufolge", "ihrer email zufolge", "ihrer nachricht zufolge",
				"laut ihrer nachricht", "laut ihrer mail", "laut ihrer e-mail", "laut ihrer email", "laut ihnen",
				"ihren angaben zufolge", "nach ihren angaben", "laut ihren angaben", "wie von ihnen angegeben",
				"sie geben an", "wie sie angeben", "wie sie mitteilen", "sie teilen mit", "wie sie mitgeteilt haben",
				"as you mention", "you mention", "as you wrote", "you wrote", "you write", "as you say", "you say",
				"you said", "according to your e-mail", "according to your email", "according to your mail",
				"according to your message", "according to you", "as you state", "you state", "your e-mail says",
				"your email says", "your message says", "per your e-mail", "per your email", "you told us",
				"you informed us", "you indicate", "as you pointed out", "you pointed out")
		.stream()
		.map(Fold::fold)
		.toList();

	private static final List<String> ABBREVIATIONS = List.of("kl", "ca", "nr", "no", "evt", "bzw", "ggf", "inkl",
			"incl", "approx", "hr", "fr", "mr", "mrs", "ms", "dr", "st", "tel", "vs", "etc", "z", "b", "e", "g", "i",
			"u", "a", "jf", "pkt", "str", "vgl", "ff", "bl", "mv", "dvs", "osv", "usw", "ref");

	private Attribution() {
	}

	/**
	 * True when the sentence around {@code [start, end)} attributes it to the customer.
	 */
	static boolean attributed(String text, int start, int end, List<Found> values) {
		int from = start;
		while (from > 0 && !boundary(text, from - 1, values)) {
			from--;
		}
		int to = end;
		while (to < text.length() && !boundary(text, to, values)) {
			to++;
		}
		String sentence = Fold.fold(text.substring(from, to));
		for (String marker : MARKERS) {
			for (int i = sentence.indexOf(marker); i >= 0; i = sentence.indexOf(marker, i + 1)) {
				int after = i + marker.length();
				if ((i == 0 || !Character.isLetter(sentence.charAt(i - 1)))
						&& (after == sentence.length() || !Character.isLetter(sentence.charAt(after)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean boundary(String text, int at, List<Found> values) {
		char c = text.charAt(at);
		if (c == '\n') {
			return true;
		}
		if (c != '.' && c != '!' && c != '?') {
			return false;
		}
		if (at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
			return false;
		}
		for (Found f : values) {
			if (at >= f.start() && at < f.end()) {
				return false;
			}
		}
		if (c == '.') {
			int w = at;
			while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
				w--;
			}
			String word = text.substring(w, at).toLowerCase(java.util.Locale.ROOT);
			return !ABBREVIATIONS.contains(word)
					&& !(word.isEmpty() && at > 0 && Character.isDigit(text.charAt(at - 1)));
		}
		return true;
	}

}
