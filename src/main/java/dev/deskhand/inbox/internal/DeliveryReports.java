package dev.deskhand.inbox.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads delivery status notifications (RFC 3464, as Postfix, Exchange, Gmail and most
 * servers send them): a {@code multipart/report; report-type=delivery-status} with a
 * {@code message/delivery-status} part (Final-Recipient, Status, Diagnostic-Code) and the
 * returned message or its headers ({@code message/rfc822}, {@code text/rfc822-headers}),
 * whose Message-ID says which of our messages bounced.
 */
final class DeliveryReports {

	private static final Pattern FIELD = Pattern.compile("^([A-Za-z-]+)\\s*:\\s*(.*)$");

	private DeliveryReports() {
	}

	static boolean isReport(MimeMessage message) {
		try {
			ContentType type = new ContentType(message.getContentType());
			String reportType = type.getParameter("report-type");
			return type.getBaseType().equalsIgnoreCase("multipart/report") && reportType != null
					&& reportType.toLowerCase(Locale.ROOT).contains("delivery-status");
		}
		catch (MessagingException | RuntimeException e) {
			return false;
		}
	}

	static boolean isStatus(String baseType) {
		return baseType.equals("message/delivery-status") || baseType.equals("message/global-delivery-status");
	}

	static boolean isReturnedMessage(String baseType) {
		return baseType.equals("message/rfc822") || baseType.equals("text/rfc822-headers")
				|| baseType.equals("message/global") || baseType.equals("message/global-headers");
	}

	/**
	 * The per-recipient fields of the first recipient that failed, else of the first one
	 * named.
	 */
	static void read(String status, MimeParser.Body body) {
		String unfolded = status.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
		for (String block : unfolded.split("\n\\s*\n")) {
			String recipient = null;
			String code = null;
			String diagnostic = null;
			for (String line : block.split("\n")) {
				Matcher m = FIELD.matcher(line.strip());
				if (!m.matches()) {
					continue;
				}
				String value = m.group(2).strip();
				switch (m.group(1).toLowerCase(Locale.ROOT)) {
					case "final-recipient" -> recipient = afterType(value);
					case "original-recipient" -> recipient = recipient == null ? afterType(value) : recipient;
					case "status" -> code = value.split("\\s")[0];
					case "diagnostic-code" -> diagnostic = shorten(afterType(value));
					default -> {
					}
				}
			}
			if (recipient != null && (body.recipient == null || failed(code) && !failed(body.status))) {
				body.recipient = recipient;
				body.status = code;
				body.diagnostic = diagnostic;
			}
		}
	}

	private static boolean failed(@Nullable String code) {
		return code != null && (code.startsWith("5") || code.startsWith("4"));
	}

	/** The Message-ID in a returned message or its headers; null when none. */
	static @Nullable String messageIdIn(byte[] returned) {
		try {
			InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(returned));
			return MimeParser.firstId(headers.getHeader("Message-ID", ","));
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	/** "rfc822; kim@dsv.example" → "kim@dsv.example", "smtp; 550 …" → "550 …". */
	private static String afterType(String value) {
		int semicolon = value.indexOf(';');
		return (semicolon >= 0 && semicolon < 12 ? value.substring(semicolon + 1) : value).strip();
	}

	private static String shorten(String s) {
		return s.length() > 500 ? s.substring(0, 500) : s;
	}

}
