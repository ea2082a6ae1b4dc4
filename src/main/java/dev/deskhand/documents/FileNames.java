package dev.deskhand.documents;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * File names as uploaders send them are untrusted: only the last path segment is kept;
 * control characters and invisible formatting characters are dropped (a right-to-left
 * override, U+202E, can make {@code evil.exe} look like a PDF); characters that file
 * systems reserve become {@code _}; and the result is at most {@value #MAX_LENGTH}
 * characters with its extension kept.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;
	static final String FALLBACK = "document";

	private FileNames() {
	}

	static String sanitise(@Nullable String raw) {
		String name = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
				return;
			}
			clean.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
		});
		String result = strip(clean.toString());
		return result.isEmpty() ? FALLBACK : shorten(result);
	}

	/** The lower-case extension without the dot, or empty. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * Leading dots would hide the file; trailing dots and spaces are dropped by Windows.
	 */
	private static String strip(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String ext = extension(name);
		String suffix = ext.isEmpty() || ext.length() > 10 ? "" : name.substring(name.length() - ext.length() - 1);
		String base = name.substring(0, name.length() - suffix.length());
		int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
		return base.substring(0, base.offsetByCodePoints(0, keep)) + suffix;
	}

}
