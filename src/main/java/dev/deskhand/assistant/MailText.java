package dev.deskhand.assistant;

/**
 * An e-mail as the assistant reads it: addresses, subject and the plain-text body (quoted
 * history included; the assistant tells new text from quoted itself).
 */
public record MailText(String from, String to, String subject, String body) {

	public MailText {
		from = from == null ? "" : from;
		to = to == null ? "" : to;
		subject = subject == null ? "" : subject;
		body = body == null ? "" : body;
	}

}
