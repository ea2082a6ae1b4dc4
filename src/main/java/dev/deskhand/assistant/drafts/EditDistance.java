package dev.deskhand.assistant.drafts;

/**
 * The Levenshtein distance over characters (insert, delete, replace one character), in
 * two rows of memory.
 */
public final class EditDistance {

	/** Texts longer than this are compared on their first this many characters. */
	static final int MAX = 20_000;

	private EditDistance() {
	}

	public static int between(String a, String b) {
		String s = a.length() > MAX ? a.substring(0, MAX) : a;
		String t = b.length() > MAX ? b.substring(0, MAX) : b;
		int[] previous = new int[t.length() + 1];
		int[] current = new int[t.length() + 1];
		for (int j = 0; j <= t.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= s.length(); i++) {
			current[0] = i;
			char c = s.charAt(i - 1);
			for (int j = 1; j <= t.length(); j++) {
				int replace = previous[j - 1] + (c == t.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[t.length()];
	}

	/** The distance as a share of the draft's length (0 when both are empty). */
	public static double share(String draft, String sent) {
		int d = between(draft, sent);
		return draft.isEmpty() ? (sent.isEmpty() ? 0 : 1) : (double) d / draft.length();
	}

}
