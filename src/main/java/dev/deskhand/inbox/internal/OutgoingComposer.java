package dev.deskhand.inbox.internal;

import dev.deskhand.documents.DocumentContent;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message for an outbox row: From the workspace mailbox, the Message-ID
 * generated at queue time (so a retry is the same message), In-Reply-To and References
 * for threading, {@code Auto-Submitted: auto-replied} only when sent automatically, the
 * body as UTF-8 text and attachments read from the documents module.
 */
@Component
public class OutgoingComposer {

	private final DocumentStore documents;

	OutgoingComposer(DocumentStore documents) {
		this.documents = documents;
	}

	/**
	 * The message as it is sent. Blind copies are not in it: {@link #envelope} adds them
	 * to the SMTP recipients only, so no header (not even the copy kept in the
	 * conversation and the Sent folder) names them.
	 */
	public MimeMessage compose(Outbox.Claim claim) throws MessagingException, UnsupportedEncodingException {
		OutgoingPayload p = claim.payload();
		MimeMessage message = new FixedIdMessage(MailSessions.offline(), claim.rfcMessageId());
		message.setFrom(new InternetAddress(p.fromAddress(), p.fromName(), "UTF-8"));
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", p.to()), false));
		if (!p.copies().isEmpty()) {
			message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(String.join(",", p.copies()), false));
		}
		message.setSubject(p.subject(), "UTF-8");
		message.setSentDate(new Date());
		if (p.inReplyTo() != null) {
			message.setHeader("In-Reply-To", p.inReplyTo());
		}
		if (!p.references().isEmpty()) {
			message.setHeader("References", MimeUtility.fold(12, String.join(" ", p.references())));
		}
		if (claim.automatic()) {
			message.setHeader("Auto-Submitted", p.inReplyTo() == null ? "auto-generated" : "auto-replied");
		}
		for (Map.Entry<String, String> h : p.headers().entrySet()) {
			message.setHeader(h.getKey(), MimeUtility.encodeText(h.getValue(), "UTF-8", null));
		}
		if (p.attachments().isEmpty()) {
			message.setText(p.body(), "UTF-8");
		}
		else {
			MimeMultipart mixed = new MimeMultipart();
			MimeBodyPart text = new MimeBodyPart();
			text.setText(p.body(), "UTF-8");
			mixed.addBodyPart(text);
			for (String id : p.attachments()) {
				DocumentContent doc = documents.readForSystem(claim.workspace(), new DocumentId(UUID.fromString(id)),
						"attached to outgoing e-mail " + claim.rfcMessageId());
				MimeBodyPart part = new MimeBodyPart();
				part.setDataHandler(
						new DataHandler(new ByteArrayDataSource(doc.bytes(), doc.document().contentType())));
				// RFC 2231 (filename*=UTF-8''…) for names with æ, ø, å: Jakarta Mail
				// encodes
				// parameters so by default
				part.setFileName(doc.document().name());
				part.setDisposition(MimeBodyPart.ATTACHMENT);
				mixed.addBodyPart(part);
			}
			message.setContent(mixed);
		}
		message.saveChanges();
		return message;
	}

	/** Every SMTP recipient: To, Cc and the blind copies. */
	public static jakarta.mail.Address[] envelope(MimeMessage message, Outbox.Claim claim) throws MessagingException {
		java.util.List<jakarta.mail.Address> all = new java.util.ArrayList<>(
				java.util.Arrays.asList(message.getAllRecipients()));
		for (String bcc : claim.payload().blindCopies()) {
			all.add(new InternetAddress(bcc, false));
		}
		return all.toArray(jakarta.mail.Address[]::new);
	}

	/** Keeps the Message-ID generated at queue time instead of making a new one. */
	static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
