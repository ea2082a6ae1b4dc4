package dev.deskhand.documents;

import dev.deskhand.documents.ContentSniffer.Verdict;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text half of {@link ContentSniffer}: text is valid UTF-8, or else ISO-8859-1,
 * without NUL or terminal control characters. It is then told apart as an e-mail, HTML or
 * SVG (refused), iCalendar, XML, EDIFACT or X12, CSV or plain text.
 */
final class TextSniffer {

	private static final int HEAD_CHARS = 4096;

	/**
	 * Tags that make browsers treat a text as HTML when it starts with them (WHATWG MIME
	 * sniffing).
	 */
	private static final Set<String> HTML_START_TAGS = Set.of("!doctype html", "html", "head", "script", "iframe", "h1",
			"div", "font", "table", "a", "style", "title", "b", "body", "br", "p");

	private static final Pattern HEADER_LINE = Pattern.compile("^[a-z0-9-]{1,76}:.*");

	private static final Pattern CALENDAR_METHOD = Pattern.compile("(?m)^METHOD:([A-Z-]+)\\r?$");

	private static final Pattern MAIL_HEADER = Pattern.compile("(date|subject|message-id|received|mime-version|to):");

	private TextSniffer() {
	}

	static Verdict sniff(String ext, byte[] content) {
		Charset charset = validUtf8(content) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
		if (!textual(content)) {
			return Verdict.refused(ContentSniffer.UNKNOWN);
		}
		String start = start(new String(content, 0, Math.min(content.length, HEAD_CHARS * 4), charset));
		String head = start.toLowerCase(Locale.ROOT);
		String suffix = "; charset=" + charset.name();
		if (head.startsWith("begin:vcalendar")) {
			// an invitation keeps its method, so mail clients offer to accept it
			// (RFC 6047)
			var method = CALENDAR_METHOD.matcher(start);
			return Verdict.accepted("text/calendar" + suffix + (method.find() ? "; method=" + method.group(1) : ""));
		}
		if (mail(head)) {
			return Verdict.accepted("message/rfc822");
		}
		if (html(head)) {
			return Verdict.refused(ContentSniffer.HTML);
		}
		if (head.contains("<svg")) {
			return Verdict.refused(ContentSniffer.SVG);
		}
		if (head.startsWith("<")) {
			return Verdict.accepted("application/xml" + suffix);
		}
		if (start.startsWith("UNB+") || start.length() >= 9 && start.startsWith("UNA") && separator(start.charAt(3))) {
			return Verdict.accepted("application/edifact");
		}
		if (start.length() > 3 && start.startsWith("ISA") && separator(start.charAt(3))) {
			return Verdict.accepted("application/edi-x12");
		}
		return Verdict.accepted(("csv".equals(ext) ? "text/csv" : "text/plain") + suffix);
	}

	private static boolean validUtf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * No NUL, no terminal controls; tab, line breaks, form feed, SUB and the EDI
	 * separators FS GS RS US are text.
	 */
	private static boolean textual(byte[] content) {
		for (byte b : content) {
			int c = b & 0xFF;
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && (c < 0x1C || c > 0x1F)) {
				return false;
			}
		}
		return true;
	}

	/** The first characters after a byte order mark and leading white space. */
	private static String start(String text) {
		String t = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
		return t.substring(0, Math.min(t.length(), HEAD_CHARS));
	}

	private static boolean separator(char c) {
		return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
	}

	/**
	 * Starts with header lines, among them From and at least one other header every mail
	 * carries.
	 */
	private static boolean mail(String head) {
		List<String> headers = head.lines().takeWhile(line -> !line.isBlank()).toList();
		return !headers.isEmpty() && HEADER_LINE.matcher(headers.getFirst()).matches()
				&& headers.stream().anyMatch(line -> line.startsWith("from:"))
				&& headers.stream().anyMatch(line -> MAIL_HEADER.matcher(line).lookingAt());
	}

	private static boolean html(String head) {
		if (head.contains("<script") || head.contains("<html") || head.contains("<iframe")
				|| head.contains("http://www.w3.org/1999/xhtml")) {
			return true;
		}
		if (!head.startsWith("<")) {
			return false;
		}
		return HTML_START_TAGS.stream()
			.anyMatch(tag -> head.startsWith("<" + tag) && head.length() > tag.length() + 1
					&& (head.charAt(tag.length() + 1) == '>' || Character.isWhitespace(head.charAt(tag.length() + 1))));
	}

}
