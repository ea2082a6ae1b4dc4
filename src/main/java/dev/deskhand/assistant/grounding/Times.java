package dev.deskhand.assistant.grounding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day: {@code 14:30}, {@code kl. 14}, {@code kl. 14.30}, {@code klokken 8-12},
 * {@code 14 Uhr}, {@code 8-12 Uhr}, {@code 14h}, and the twelve-hour clock ({@code 2 pm},
 * {@code 2:30 p.m.}; bare {@code am} only in English, where it is not the German "am").
 * Each reads as {@code time:HH:mm}.
 */
final class Times {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String T = "(\\d{1,2})(?:[.:](\\d{2}))?";

	private static final Pattern TWELVE = Pattern
		.compile("(?<![\\d.,:])" + T + "\\h?(a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])", CI);

	private static final Pattern KL = Pattern.compile("(?<![\\p{L}])(?=[kK])(?:kl\\.?|klokken)\\h*" + T
			+ "(?!\\d)(?:\\h*(?:-|–|til)\\h*(?:kl\\.?\\h*)?" + T + "(?![\\d]))?", CI);

	private static final Pattern UHR = Pattern
		.compile("(?<![\\d.,:])" + T + "(?:\\h*(?:-|–|bis|und)\\h*" + T + ")?\\h*(?:Uhr|h)(?![\\p{L}])", CI);

	private static final Pattern COLON = Pattern.compile("(?<![\\d.,:])(\\d{1,2}):(\\d{2})(?![\\d])");

	private Times() {
	}

	static void find(Scan scan) {
		Matcher m = TWELVE.matcher(scan.text);
		while (m.find()) {
			String suffix = m.group(3).toLowerCase(Locale.ROOT);
			if (!scan.english && !suffix.contains(".")) {
				continue;
			}
			int h = Integer.parseInt(m.group(1));
			if (h < 1 || h > 12) {
				continue;
			}
			int hour = (h % 12) + (suffix.startsWith("p") ? 12 : 0);
			one(scan, m.start(), m.end(), hour, m.group(2));
		}
		ranges(scan, KL.matcher(scan.text));
		ranges(scan, UHR.matcher(scan.text));
		m = COLON.matcher(scan.text);
		while (m.find()) {
			one(scan, m.start(), m.end(), Integer.parseInt(m.group(1)), m.group(2));
		}
	}

	/** A single time or a range: the range's two ends are two claims. */
	private static void ranges(Scan scan, Matcher m) {
		while (m.find()) {
			if (!scan.free(m.start(), m.end())) {
				continue;
			}
			if (m.group(3) == null) {
				one(scan, m.start(), m.end(), Integer.parseInt(m.group(1)), m.group(2));
			}
			else {
				int split = m.start(3);
				one(scan, m.start(), m.end(2) >= 0 ? m.end(2) : m.end(1), Integer.parseInt(m.group(1)), m.group(2));
				one(scan, split, m.end(), Integer.parseInt(m.group(3)), m.group(4));
			}
		}
	}

	private static void one(Scan scan, int start, int end, int hour, String minutes) {
		int min = minutes == null ? 0 : Integer.parseInt(minutes);
		if (hour > 24 || min > 59 || (hour == 24 && min > 0)) {
			return;
		}
		String value = String.format(Locale.ROOT, "%02d:%02d", hour % 24, min);
		scan.add(start, end, "time", value, List.of(key(value)));
	}

	static String key(String hhmm) {
		return "time:" + hhmm;
	}

}
