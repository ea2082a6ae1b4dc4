package dev.deskhand.assistant.grounding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a text: the extractors run in a fixed order, each claiming characters no
 * earlier extractor took (an amount's digits are not read again as a number).
 */
final class Scan {

	final String text;

	final boolean english;

	final String language;

	final LocalDate today;

	private final boolean[] taken;

	private final List<Found> found = new ArrayList<>();

	private List<int[]> words;

	Scan(String text, String language, LocalDate today) {
		this.text = text;
		this.language = language;
		this.english = "en".equals(language);
		this.today = today;
		this.taken = new boolean[text.length() + 1];
	}

	boolean free(int start, int end) {
		for (int i = start; i < end; i++) {
			if (this.taken[i]) {
				return false;
			}
		}
		return true;
	}

	void take(int start, int end) {
		for (int i = start; i < end; i++) {
			this.taken[i] = true;
		}
	}

	/** Records a value if its characters are free; true when it was recorded. */
	boolean add(int start, int end, String kind, String value, List<String> readings) {
		if (start >= end || !free(start, end)) {
			return false;
		}
		take(start, end);
		this.found.add(new Found(start, end, kind, value, readings));
		return true;
	}

	/**
	 * The runs of letters, each {@code [start, end)}: computed once, shared by the word
	 * lookups.
	 */
	List<int[]> words() {
		if (this.words == null) {
			this.words = new ArrayList<>();
			int i = 0;
			while (i < this.text.length()) {
				if (Character.isLetter(this.text.charAt(i))) {
					int start = i;
					while (i < this.text.length() && (Character.isLetter(this.text.charAt(i))
							|| Character.getType(this.text.charAt(i)) == Character.NON_SPACING_MARK)) {
						i++;
					}
					this.words.add(new int[] { start, i });
				}
				else {
					i++;
				}
			}
		}
		return this.words;
	}

	List<Found> found() {
		this.found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return this.found;
	}

}
