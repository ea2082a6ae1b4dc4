package dev.deskhand.inbox.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.search.MessageIDTerm;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mailbox's Sent folder over IMAP: a copy of every sent message is appended there (as
 * mail clients do), and before a message interrupted by a crash is sent again the folder
 * is searched for its Message-ID — the proof that it already went out.
 */
@Component
public class SentFolder {

	private static final List<String> NAMES = List.of("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "Gesendet",
			"Sendt post", "Gesendete Elemente", "Sendte elementer");

	private final MailSessions sessions;

	SentFolder(MailSessions sessions) {
		this.sessions = sessions;
	}

	public void append(Mailbox mailbox, Message message) throws MessagingException {
		try (Store store = sessions.imap(mailbox)) {
			Folder sent = find(store);
			if (sent == null) {
				sent = store.getFolder("Sent");
				sent.create(Folder.HOLDS_MESSAGES);
			}
			message.setFlag(Flags.Flag.SEEN, true);
			sent.appendMessages(new Message[] { message });
		}
	}

	public boolean contains(Mailbox mailbox, String messageId) throws MessagingException {
		try (Store store = sessions.imap(mailbox)) {
			Folder sent = find(store);
			if (sent == null) {
				return false;
			}
			sent.open(Folder.READ_ONLY);
			try {
				return sent.search(new MessageIDTerm(messageId)).length > 0;
			}
			finally {
				sent.close(false);
			}
		}
	}

	private static @Nullable Folder find(Store store) throws MessagingException {
		for (Folder f : store.getDefaultFolder().list("*")) {
			if (f instanceof org.eclipse.angus.mail.imap.IMAPFolder imap) {
				for (String attribute : imap.getAttributes()) {
					if (attribute.equalsIgnoreCase("\\Sent")) {
						return f;
					}
				}
			}
		}
		for (String name : NAMES) {
			Folder f = store.getFolder(name);
			if (f.exists()) {
				return f;
			}
		}
		return null;
	}

}
