package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Fact;
import dev.deskhand.inbox.ConversationView;
import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What we wrote earlier in a conversation: the dates and times of our own sent messages
 * (an ETA or a delivery day promised), as facts whose source is the message
 * ({@code reply:<message>:date}), so a reply that repeats a promise is backed by it.
 */
final class EarlierReplies {

	private static final String MONTHS = Stream.of("da", "de", "en")
		.flatMap(l -> Stream.of(new DateFormatSymbols(Locale.forLanguageTag(l)).getMonths()))
		.filter(m -> !m.isEmpty())
		.map(m -> m.toLowerCase(Locale.ROOT))
		.distinct()
		.collect(Collectors.joining("|"));

	private static final Pattern WORDS = Pattern.compile("\\b(\\d{1,2})\\.?\\s+(" + MONTHS + ")\\s+(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NUMERIC = Pattern
		.compile("\\b(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[./](\\d{1,2})[./](\\d{4}))\\b");

	private static final Pattern TIME = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?![./]\\d)");

	private EarlierReplies() {
	}

	static List<Fact> facts(ConversationView conversation) {
		List<Fact> out = new ArrayList<>();
		for (ConversationView.MessageView m : conversation.messages()) {
			if (m.direction() != ConversationView.Direction.OUT) {
				continue;
			}
			String source = "reply:" + m.id().value() + ":";
			String text = m.body();
			Matcher w = WORDS.matcher(text);
			while (w.find()) {
				date(out, Integer.parseInt(w.group(3)), month(w.group(2)), Integer.parseInt(w.group(1)),
						source + "date");
			}
			Matcher n = NUMERIC.matcher(text);
			while (n.find()) {
				if (n.group(1) != null) {
					date(out, Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)),
							source + "date");
				}
				else {
					date(out, Integer.parseInt(n.group(6)), Integer.parseInt(n.group(5)), Integer.parseInt(n.group(4)),
							source + "date");
				}
			}
			Matcher t = TIME.matcher(text);
			while (t.find()) {
				out.add(new Fact("time",
						String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(t.group(1)), t.group(2)),
						source + "time"));
			}
		}
		return out;
	}

	private static void date(List<Fact> out, int year, int month, int day, String source) {
		try {
			out.add(new Fact("date", LocalDate.of(year, month, day).toString(), source));
		}
		catch (DateTimeException e) {
			// not a date (31.02.): nothing was promised
		}
	}

	private static int month(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		for (String l : List.of("da", "de", "en")) {
			String[] months = new DateFormatSymbols(Locale.forLanguageTag(l)).getMonths();
			for (int i = 0; i < 12; i++) {
				if (months[i].toLowerCase(Locale.ROOT).equals(n)) {
					return i + 1;
				}
			}
		}
		return 0;
	}

}
