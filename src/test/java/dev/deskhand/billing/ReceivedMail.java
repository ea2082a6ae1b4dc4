package dev.deskhand.billing;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test reads of a mail the test server received: its recipient, its attachments.
 */
public final class ReceivedMail {

	private ReceivedMail() {
	}

	public static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The attached files' names, in order. */
	public static List<String> attachments(MimeMessage m) throws Exception {
		List<String> names = new ArrayList<>();
		Multipart parts = (Multipart) m.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				names.add(parts.getBodyPart(i).getFileName());
			}
		}
		return names;
	}

}
