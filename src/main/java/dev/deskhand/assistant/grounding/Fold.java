package dev.deskhand.assistant.grounding;

import java.text.Normalizer;

/**
 * Folds a word for comparison across spellings: lower case, Nordic and German letters
 * written out ({@code å → aa}, {@code ø, ö → oe}, {@code ß → ss}), other marks dropped,
 * hyphens and dots as spaces. {@code Århus} and {@code Aarhus} fold alike, as do
 * {@code Malmö} and {@code Malmø}.
 */
final class Fold {

	private Fold() {
	}

	static String fold(String s) {
		StringBuilder b = new StringBuilder(s.length() + 4);
		boolean marks = false;
		boolean space = true;
		for (int i = 0; i < s.length(); i++) {
			char c = Character.toLowerCase(s.charAt(i));
			String out = switch (c) {
				case 'å' -> "aa";
				case 'æ', 'ä' -> "ae";
				case 'ø', 'ö' -> "oe";
				case 'ü' -> "ue";
				case 'ß' -> "ss";
				case 'ł' -> "l";
				default -> null;
			};
			if (out != null) {
				b.append(out);
				space = false;
			}
			else if (Character.isWhitespace(c) || c == '-' || c == '.' || c == '\'' || c == '’' || c == '\u00a0') {
				if (!space) {
					b.append(' ');
					space = true;
				}
			}
			else {
				marks |= c > 0x7f;
				b.append(c);
				space = false;
			}
		}
		if (space && b.length() > 0) {
			b.setLength(b.length() - 1);
		}
		return marks ? Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{M}+", "") : b.toString();
	}

}
