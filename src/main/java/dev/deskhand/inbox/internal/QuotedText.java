package dev.deskhand.inbox.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds where the quoted history of a reply starts, so the UI can collapse it: an
 * attribution line ("On … wrote:", "Am … schrieb …:", "Den … skrev …:"), an Outlook
 * header block ("-----Original Message-----", "From: … Sent: …") or a final block of
 * "&gt;" lines.
 */
final class QuotedText {

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"(?m)^(On .{3,200}wrote:|Am .{3,200}schrieb.{0,200}:|Den .{3,200}skrev.{0,200}:|.{3,200} skrev .{0,200}:"
					+ "|-{2,} ?(Original Message|Oprindelig meddelelse|Ursprüngliche Nachricht|Original-Nachricht)"
					+ " ?-{2,}|(From|Fra|Von): .+\\R(Sent|Sendt|Gesendet|Date|Dato|Datum): .+)\\s*$");

	private static final Pattern QUOTED_TAIL = Pattern.compile("(?m)(^>.*\\R?)+\\z");

	private QuotedText() {
	}

	static @Nullable Integer start(String text) {
		Matcher attribution = ATTRIBUTION.matcher(text);
		int found = -1;
		if (attribution.find()) {
			found = attribution.start();
		}
		Matcher tail = QUOTED_TAIL.matcher(text);
		if (tail.find() && (found < 0 || tail.start() < found)) {
			found = tail.start();
		}
		return found <= 0 ? null : found;
	}

}
