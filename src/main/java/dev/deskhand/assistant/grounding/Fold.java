package dev.deskhand.assistant.grounding;

import java.text.Normalizer;
import java.util.Locale;

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
		for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case 'å' -> b.append("aa");
				case 'æ', 'ä' -> b.append("ae");
				case 'ø', 'ö' -> b.append("oe");
				case 'ü' -> b.append("ue");
				case 'ß' -> b.append("ss");
				case 'ł' -> b.append('l');
				case '-', '.', '\'', '’', '\u00a0' -> b.append(' ');
				default -> b.append(c);
			}
		}
		String stripped = Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return stripped.replaceAll("\\s+", " ").strip();
	}

}
