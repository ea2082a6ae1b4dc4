package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.PlacedFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A text built sentence by sentence from templates, remembering where each fact stands in
 * it (the span the UI highlights with its source).
 */
public final class DraftText {

	/** A value for a template's slot: the words, and the fact they state (or null). */
	public record Slot(String words, @Nullable Fact fact) {

		public static Slot plain(String words) {
			return new Slot(words, null);
		}

		public static Slot of(String words, @Nullable Fact fact) {
			return new Slot(words, fact);
		}

	}

	private final StringBuilder text = new StringBuilder();

	private final List<PlacedFact> placed = new ArrayList<>();

	/** Appends words as they are. */
	public DraftText plain(String words) {
		text.append(words);
		return this;
	}

	/**
	 * Appends a template with its {@code {name}} slots filled; a slot may itself hold
	 * several facts (a list of references): give those as {@code parts}.
	 */
	public DraftText fill(String template, Map<String, List<Slot>> slots) {
		int i = 0;
		while (i < template.length()) {
			int open = template.indexOf('{', i);
			int close = open < 0 ? -1 : template.indexOf('}', open);
			if (open < 0 || close < 0) {
				text.append(template, i, template.length());
				break;
			}
			text.append(template, i, open);
			String name = template.substring(open + 1, close);
			List<Slot> parts = slots.get(name);
			if (parts == null) {
				text.append(template, open, close + 1);
			}
			else {
				for (Slot s : parts) {
					int start = text.length();
					text.append(s.words());
					if (s.fact() != null) {
						placed.add(new PlacedFact(s.fact().kind(), s.fact().value(), s.fact().source(), start,
								text.length()));
					}
				}
			}
			i = close + 1;
		}
		return this;
	}

	public String text() {
		return text.toString();
	}

	public List<PlacedFact> placed() {
		return List.copyOf(placed);
	}

	public int length() {
		return text.length();
	}

}
