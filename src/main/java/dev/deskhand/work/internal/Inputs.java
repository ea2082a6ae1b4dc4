package dev.deskhand.work.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks of the work module's inputs; each failure names its field. */
public final class Inputs {

	private static final Pattern TYPE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,59}$");

	private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,39}$");

	private static final Pattern LINK = Pattern.compile("^[a-z][a-z0-9-]{0,30}:\\S{1,200}$");

	private Inputs() {
	}

	/** A work type: lower-case letters, digits, '-' and '_', e.g. {@code travel}. */
	public static String type(String pointer, @Nullable String type) {
		String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
		if (!TYPE.matcher(t).matches()) {
			throw new InvalidInputException(pointer, Text.of("input.workType"));
		}
		return t;
	}

	public static String text(String pointer, @Nullable String text, int max) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty() || t.length() > max) {
			throw new InvalidInputException(pointer, Text.of("input.textLength", max));
		}
		return t;
	}

	public static @Nullable String optional(String pointer, @Nullable String text, int max) {
		return text == null || text.isBlank() ? null : text(pointer, text, max);
	}

	public static List<String> tags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		if (tags.size() > 20) {
			throw new InvalidInputException("/tags", Text.of("input.tagsMax"));
		}
		return tags.stream().map(t -> t == null ? "" : t.strip()).peek(t -> {
			if (!TAG.matcher(t).matches()) {
				throw new InvalidInputException("/tags", Text.of("input.tag"));
			}
		}).distinct().toList();
	}

	public static List<String> links(@Nullable List<String> links) {
		if (links == null) {
			return List.of();
		}
		if (links.size() > 20) {
			throw new InvalidInputException("/links", Text.of("input.linksMax"));
		}
		return links.stream().map(l -> l == null ? "" : l.strip()).peek(l -> {
			if (!LINK.matcher(l).matches()) {
				throw new InvalidInputException("/links", Text.of("input.link"));
			}
		}).distinct().toList();
	}

}
