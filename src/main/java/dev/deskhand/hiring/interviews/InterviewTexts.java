package dev.deskhand.hiring.interviews;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The interview e-mails' texts in the reader's language, times in the reader's zone as
 * people write them there ("tirsdag den 8. december 2026 10.00").
 */
@Component
public class InterviewTexts {

	private final MessageSource messages;

	InterviewTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** A start in {@code zone}: date, time and the zone's name, in {@code locale}. */
	public String time(Instant at, ZoneId zone, Locale locale) {
		return localTime(at, zone, locale) + " (" + zone.getDisplayName(TextStyle.FULL, locale) + ")";
	}

	/** A start in {@code zone}, date and time, for a reader who knows it is theirs. */
	public String localTime(Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(zone));
	}

	public String proposal(Locale locale, String bidder, String post, String workspace, String interviewer, int minutes,
			List<Instant> slots, ZoneId zone, String link) {
		StringBuilder list = new StringBuilder();
		for (Instant s : slots) {
			list.append("- ").append(time(s, zone, locale)).append('\n');
		}
		return get("hiring.interview.mail.body", locale, bidder, post, workspace, interviewer, minutes,
				list.toString().stripTrailing(), link);
	}

	public String invitation(String key, Locale locale, String reader, String post, String workspace, String other,
			Instant start, int minutes, ZoneId zone, String videoLink) {
		return get(key, locale, reader, post, workspace, other, time(start, zone, locale), minutes, videoLink);
	}

}
