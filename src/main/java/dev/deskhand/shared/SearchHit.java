package dev.deskhand.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One record that matched a search.
 *
 * @param kind what it is: {@code item}, {@code note}, {@code conversation}, …
 * @param id the record's id (for a note, its work item's)
 * @param workspace where it lives
 * @param reference the reference people use for it (e.g. {@code W-17}), or null
 * @param title what the result line shows in bold
 * @param detail a second line, e.g. the sender; may be empty
 * @param snippet the matching text; the matched words between {@link #MARK_START} and
 * {@link #MARK_END} (plain text otherwise, not HTML)
 * @param status the work status's name, or null where the record has none
 * @param rank higher is better; comparable across sources
 * @param when the record's time (last activity, received, written)
 * @param link the page that opens it, or null when only the search page can tell
 */
public record SearchHit(String kind, UUID id, WorkspaceId workspace, @Nullable String reference, String title,
		String detail, String snippet, @Nullable String status, double rank, Instant when, @Nullable String link) {

	public static final char MARK_START = '\uE000';

	public static final char MARK_END = '\uE001';

	public SearchHit withLink(@Nullable String link) {
		return new SearchHit(kind, id, workspace, reference, title, detail, snippet, status, rank, when, link);
	}

	/**
	 * A reference or number in running text: letters and digits, joined by {@code -./} or
	 * by a space between digits.
	 */
	private static final Pattern REFERENCE = Pattern.compile("\\p{Alnum}+(?:(?:[-./]+|(?<=\\d) (?=\\d))\\p{Alnum}+)*",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * This hit with the references in its snippet marked that contain one of
	 * {@code references} (normalised as {@link SearchQuery#references()}), when the text
	 * search marked nothing: "020-1234" marks "02012345675".
	 */
	public SearchHit withReferencesMarked(List<String> references) {
		if (references.isEmpty() || snippet.indexOf(MARK_START) >= 0) {
			return this;
		}
		Matcher m = REFERENCE.matcher(snippet);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (m.find()) {
			String normal = m.group().replaceAll("[^\\p{Alnum}]", "").toLowerCase(Locale.ROOT);
			if (references.stream().anyMatch(normal::contains)) {
				out.append(snippet, last, m.start()).append(MARK_START).append(m.group()).append(MARK_END);
				last = m.end();
			}
		}
		if (last == 0) {
			return this;
		}
		out.append(snippet.substring(last));
		return new SearchHit(kind, id, workspace, reference, title, detail, out.toString(), status, rank, when, link);
	}

	/** A piece of the snippet, matched or not. */
	public record Part(String text, boolean match) {
	}

	/** The snippet in pieces, so a page shows the matches marked without any raw HTML. */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inMatch = false;
		for (char c : snippet.toCharArray()) {
			if (c == MARK_START || c == MARK_END) {
				if (!current.isEmpty()) {
					parts.add(new Part(current.toString(), inMatch));
					current.setLength(0);
				}
				inMatch = c == MARK_START;
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			parts.add(new Part(current.toString(), inMatch));
		}
		return parts;
	}

}
