package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.ConnectionCheck;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import org.springframework.stereotype.Component;

/** The "test connection" button: sign in to IMAP (and open the inbox) and to SMTP. */
@Component
public class ServerCheck {

	private final MailSessions sessions;

	ServerCheck(MailSessions sessions) {
		this.sessions = sessions;
	}

	public ConnectionCheck check(Mailbox mailbox) {
		String imap;
		boolean imapOk = false;
		try (Store store = sessions.imap(mailbox)) {
			Folder inbox = store.getFolder(Fetcher.FOLDER);
			inbox.open(Folder.READ_ONLY);
			imap = "Signed in to " + mailbox.imap().host() + ": " + inbox.getMessageCount() + " messages in INBOX";
			inbox.close(false);
			imapOk = true;
		}
		catch (MessagingException | RuntimeException e) {
			imap = ConnectionErrors.describe(e, mailbox.imap().host(), mailbox.imap().port());
		}
		String smtp;
		boolean smtpOk = false;
		try (Transport transport = sessions.smtp(mailbox)) {
			smtp = "Signed in to " + mailbox.smtp().host() + " for sending";
			smtpOk = transport.isConnected();
		}
		catch (MessagingException | RuntimeException e) {
			smtp = ConnectionErrors.describe(e, mailbox.smtp().host(), mailbox.smtp().port());
		}
		return new ConnectionCheck(imapOk, imap, smtpOk, smtp);
	}

}
