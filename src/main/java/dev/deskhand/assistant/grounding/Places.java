package dev.deskhand.assistant.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places: runs of up to four capitalised words (or a code in capitals) that the gazetteer
 * or a fact of kind place names, read as {@code place:<id>}. A Danish or German genitive
 * ({@code Københavns, Hamburgs}) names the place too.
 */
final class Places {

	private static final int LONGEST = 4;

	private Places() {
	}

	/**
	 * @param extra folded names of the facts' places the gazetteer does not know, to
	 * their ids
	 */
	static void find(Scan scan, Gazetteer gazetteer, Map<String, String> extra) {
		List<int[]> words = scan.words();
		for (int i = 0; i < words.size(); i++) {
			int start = words.get(i)[0];
			if (!Character.isUpperCase(scan.text.charAt(start))) {
				continue;
			}
			for (int n = Math.min(LONGEST, words.size() - i); n >= 1; n--) {
				int end = words.get(i + n - 1)[1];
				if (n > 1 && !joined(scan.text, words, i, n)) {
					continue;
				}
				String written = scan.text.substring(start, end);
				String id = lookup(written, gazetteer, extra);
				if (id == null && n == 1 && written.length() > 4 && written.endsWith("s")) {
					id = lookup(written.substring(0, written.length() - 1), gazetteer, extra);
				}
				if (id != null && scan.add(start, end, "place", written, List.of("place:" + id))) {
					i += n - 1;
					break;
				}
			}
		}
	}

	private static String lookup(String written, Gazetteer gazetteer, Map<String, String> extra) {
		String id = extra.get(Fold.fold(written));
		return id != null ? id : gazetteer.id(written);
	}

	/** Words of one name are separated by a space, a hyphen or "St. ". */
	private static boolean joined(String text, List<int[]> words, int from, int n) {
		for (int k = from; k < from + n - 1; k++) {
			String gap = text.substring(words.get(k)[1], words.get(k + 1)[0]);
			if (!gap.equals(" ") && !gap.equals("-") && !gap.equals(". ")) {
				return false;
			}
		}
		return true;
	}

}
