package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.internal.ParsedMail.Address;
import dev.deskhand.inbox.internal.ParsedMail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses a raw RFC 5322 message into {@link ParsedMail}. Never throws: what cannot be
 * read is named in {@code problems} and the rest is kept, down to the raw text of a
 * message whose MIME structure is beyond repair.
 */
public final class MimeParser {

	static final int MAX_TEXT = 200_000;

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");

	private static final List<String> KEPT_HEADERS = List.of("Auto-Submitted", "Precedence", "List-Id",
			"List-Unsubscribe", "X-Autoreply", "X-Autorespond", "Return-Path", "Reply-To", "X-Mailer");

	private final long maxAttachmentBytes;

	public MimeParser(long maxAttachmentBytes) {
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	public ParsedMail parse(byte[] raw) {
		try {
			return parse(new MimeMessage(MailSessions.offline(), new ByteArrayInputStream(raw)), raw, raw.length, true);
		}
		catch (MessagingException | RuntimeException e) {
			return unreadable(raw, e);
		}
	}

	/** A message too large to keep: its headers, and a body that says why. */
	public ParsedMail headersOnly(byte[] headers, int size, String why) {
		try {
			ParsedMail parsed = parse(new MimeMessage(MailSessions.offline(), new ByteArrayInputStream(headers)),
					headers, size, false);
			List<String> problems = new ArrayList<>(parsed.problems());
			problems.add(why);
			return new ParsedMail(parsed.dedupeKey(), parsed.messageId(), parsed.inReplyTo(), parsed.references(),
					parsed.from(), parsed.to(), parsed.cc(), parsed.subject(), parsed.sentAt(), "[" + why + "]", null,
					null, parsed.automatedReason(), parsed.headers(), List.of(), problems, size, parsed.bounce());
		}
		catch (MessagingException | RuntimeException e) {
			return unreadable(headers, e);
		}
	}

	private ParsedMail parse(MimeMessage message, byte[] raw, int size, boolean withBody) throws MessagingException {
		List<String> problems = new ArrayList<>();
		String messageId = firstId(AutomatedMail.header(message, "Message-ID"));
		List<String> references = ids(AutomatedMail.header(message, "References"));
		Address from = first(addresses(message, "From", problems));
		Body body = new Body();
		boolean headerless = !hasMailHeaders(message);
		if (headerless) {
			problems.add("no From, To, Subject, Date or Message-ID header: not an e-mail message, kept as raw text");
		}
		if (withBody) {
			walk(message, body, problems, 0);
		}
		String text = body.plain != null ? body.plain : body.html != null ? HtmlText.toText(body.html) : "";
		if (withBody && text.isBlank() && body.html == null && body.parts.isEmpty()) {
			String rawText = headerless ? MailCharsets
				.decode(java.util.Arrays.copyOf(raw, Math.min(raw.length, MAX_TEXT)), null, new ArrayList<>())
					: rawText(message);
			if (!rawText.isBlank()) {
				if (!headerless) {
					problems.add("no readable body: kept as raw text");
				}
				text = rawText;
			}
		}
		text = HtmlText.tidy(text.replace("\r\n", "\n"));
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
			problems.add("text cut at " + MAX_TEXT + " characters");
		}
		String subject = subject(message, problems);
		String automated = AutomatedMail.reason(message, from.address());
		ParsedMail.Bounce bounce = DeliveryReports.isReport(message)
				|| AutomatedMail.bounceSender(message, from.address())
						? new ParsedMail.Bounce(body.returnedMessageId, body.recipient, body.status, body.diagnostic)
						: null;
		return new ParsedMail(messageId != null ? messageId : "sha256:" + sha256(raw), messageId,
				firstId(AutomatedMail.header(message, "In-Reply-To")), references, from,
				addresses(message, "To", problems), addresses(message, "Cc", problems), subject, sentAt(message), text,
				QuotedText.start(text), body.html == null ? null : HtmlText.sanitise(body.html),
				automated != null ? automated
						: bounce != null ? "delivery status report" : OutOfOffice.reason(subject, text),
				kept(message), body.parts, problems, size, bounce);
	}

	private void walk(jakarta.mail.Part part, Body body, List<String> problems, int depth) {
		if (depth > 20) {
			problems.add("MIME nesting deeper than 20 levels ignored");
			return;
		}
		String type = baseType(part);
		String fileName = fileName(part);
		boolean attachment = jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName != null;
		try {
			if (type.startsWith("multipart/")) {
				if (boundary(part) == null) {
					problems.add(type + " without a boundary");
				}
				Object content = part.getContent();
				if (!(content instanceof Multipart multipart)) {
					throw new MessagingException("not a multipart body");
				}
				if (multipart.getCount() == 0) {
					problems.add(type + " without any part");
				}
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i), body, problems, depth + 1);
				}
				if (type.equals("multipart/alternative") && body.plain != null && body.html != null) {
					body.alternative = true;
				}
			}
			else if (DeliveryReports.isStatus(type)) {
				DeliveryReports.read(text(part, problems), body);
			}
			else if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
				String text = text(part, problems);
				if (type.equals("text/plain")) {
					body.plain = body.plain == null ? text : body.plain + "\n\n" + text;
				}
				else {
					body.html = body.html == null ? text : body.html + text;
				}
			}
			else {
				Part kept = attachmentOf(part, type, fileName);
				body.parts.add(kept);
				if (DeliveryReports.isReturnedMessage(type) && body.returnedMessageId == null
						&& kept.content() != null) {
					body.returnedMessageId = DeliveryReports.messageIdIn(kept.content());
				}
			}
		}
		catch (MessagingException | IOException | RuntimeException e) {
			problems.add("a " + type + " part could not be read (" + e.getClass().getSimpleName() + ": "
					+ e.getMessage() + ")");
			if (depth == 0) {
				body.plain = rawText(part);
			}
		}
	}

	private static String text(jakarta.mail.Part part, List<String> problems) throws MessagingException, IOException {
		String charset = null;
		try {
			charset = new ContentType(part.getContentType()).getParameter("charset");
		}
		catch (MessagingException e) {
			problems.add("unreadable Content-Type: " + part.getContentType());
		}
		byte[] bytes;
		try (InputStream in = part.getInputStream()) {
			bytes = in.readNBytes(MAX_TEXT * 4);
		}
		return MailCharsets.decode(bytes, charset, problems);
	}

	private Part attachmentOf(jakarta.mail.Part part, String type, @Nullable String fileName)
			throws MessagingException, IOException {
		boolean inline = jakarta.mail.Part.INLINE.equalsIgnoreCase(disposition(part))
				|| (part instanceof MimePart mp && mp.getContentID() != null);
		String name = fileName != null ? fileName : type.equals("message/rfc822") ? "forwarded-message.eml"
				: (inline ? "inline-" : "attachment-") + type.replaceAll("[^a-z0-9]+", ".");
		try (InputStream in = part.getInputStream()) {
			byte[] head = in.readNBytes((int) Math.min(maxAttachmentBytes + 1, Integer.MAX_VALUE - 8));
			if (head.length > maxAttachmentBytes) {
				long size = head.length + in.transferTo(OutputStream.nullOutputStream());
				return new Part(name, type, size, inline, null,
						"larger than " + maxAttachmentBytes / (1024 * 1024) + " MiB");
			}
			return new Part(name, type, head.length, inline, head, null);
		}
	}

	private static String baseType(jakarta.mail.Part part) {
		try {
			return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException | RuntimeException e) {
			return "text/plain";
		}
	}

	private static @Nullable String boundary(jakarta.mail.Part part) {
		try {
			return new ContentType(part.getContentType()).getParameter("boundary");
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	/** Any of the headers every e-mail has one of; garbage has none. */
	private static boolean hasMailHeaders(MimeMessage message) {
		for (String name : new String[] { "From", "To", "Subject", "Date", "Message-ID", "Sender" }) {
			if (AutomatedMail.header(message, name) != null) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String disposition(jakarta.mail.Part part) {
		try {
			return part.getDisposition();
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	private static @Nullable String fileName(jakarta.mail.Part part) {
		try {
			String name = part.getFileName();
			return name == null || name.isBlank() ? null : decode(name);
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	private static String rawText(jakarta.mail.Part part) {
		try (InputStream in = part instanceof MimeMessage m ? m.getRawInputStream()
				: ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream()) {
			return MailCharsets.decode(in.readNBytes(MAX_TEXT), null, new ArrayList<>());
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return "";
		}
	}

	private static List<Address> addresses(MimeMessage message, String header, List<String> problems) {
		String value = AutomatedMail.header(message, header);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		try {
			List<Address> out = new ArrayList<>();
			for (InternetAddress a : InternetAddress.parseHeader(MailCharsets.repairHeader(value), false)) {
				String address = a.getAddress() == null ? "" : a.getAddress().strip().toLowerCase(Locale.ROOT);
				out.add(new Address(address, a.getPersonal() == null ? "" : a.getPersonal().strip()));
			}
			return out;
		}
		catch (MessagingException | RuntimeException e) {
			problems.add("unreadable " + header + " header: " + value);
			Matcher m = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(value);
			return m.find() ? List.of(new Address(m.group().toLowerCase(Locale.ROOT), "")) : List.of();
		}
	}

	private static Address first(List<Address> addresses) {
		return addresses.isEmpty() ? Address.UNKNOWN : addresses.getFirst();
	}

	private static String subject(MimeMessage message, List<String> problems) {
		String raw = AutomatedMail.header(message, "Subject");
		if (raw == null) {
			return "";
		}
		String unfolded = MimeUtility.unfold(raw);
		try {
			return MailCharsets.repairHeader(MimeUtility.decodeText(unfolded)).strip();
		}
		catch (java.io.UnsupportedEncodingException | RuntimeException e) {
			problems.add("subject in an unknown charset");
			return unfolded.strip();
		}
	}

	private static String decode(String text) {
		try {
			return MailCharsets.repairHeader(MimeUtility.decodeText(MimeUtility.unfold(text))).strip();
		}
		catch (java.io.UnsupportedEncodingException | RuntimeException e) {
			return text.strip();
		}
	}

	private static @Nullable Instant sentAt(MimeMessage message) {
		try {
			var date = message.getSentDate();
			return date == null ? null : date.toInstant();
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	private static Map<String, String> kept(MimeMessage message) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			String value = AutomatedMail.header(message, name);
			if (value != null) {
				kept.put(name, value.length() > 500 ? value.substring(0, 500) : value);
			}
		}
		return kept;
	}

	static @Nullable String firstId(@Nullable String header) {
		List<String> ids = ids(header);
		return ids.isEmpty() ? null : ids.getFirst();
	}

	static List<String> ids(@Nullable String header) {
		if (header == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Matcher m = MESSAGE_ID.matcher(header);
		while (m.find() && ids.size() < 100) {
			ids.add(m.group());
		}
		return ids;
	}

	private static ParsedMail unreadable(byte[] raw, Exception e) {
		String text = MailCharsets.decode(java.util.Arrays.copyOf(raw, Math.min(raw.length, MAX_TEXT)), null,
				new ArrayList<>());
		return new ParsedMail("sha256:" + sha256(raw), null, null, List.of(), Address.UNKNOWN, List.of(), List.of(), "",
				null, text, null, null, null, Map.of(), List.of(),
				List.of("the message could not be parsed: " + e.getMessage()), raw.length, null);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What the walk collects. */
	static final class Body {

		/** From a delivery report: the returned message's id and what went wrong. */
		@Nullable String returnedMessageId;

		@Nullable String recipient;

		@Nullable String status;

		@Nullable String diagnostic;

		@Nullable String plain;

		@Nullable String html;

		boolean alternative;

		final List<Part> parts = new ArrayList<>();

	}

}
