package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.ConnectionCheck;
import dev.deskhand.shared.Text;
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
		Text imap;
		boolean imapOk = false;
		try (Store store = sessions.imap(mailbox)) {
			Folder inbox = store.getFolder(Fetcher.FOLDER);
			inbox.open(Folder.READ_ONLY);
			imap = Text.of("connection.imapOk", mailbox.imap().host(), inbox.getMessageCount());
			inbox.close(false);
			imapOk = true;
		}
		catch (MessagingException | RuntimeException e) {
			imap = ConnectionErrors.text(e, mailbox.imap().host(), mailbox.imap().port());
		}
		Text smtp;
		boolean smtpOk = false;
		try (Transport transport = sessions.smtp(mailbox)) {
			smtp = Text.of("connection.smtpOk", mailbox.smtp().host());
			smtpOk = transport.isConnected();
		}
		catch (MessagingException | RuntimeException e) {
			smtp = ConnectionErrors.text(e, mailbox.smtp().host(), mailbox.smtp().port());
		}
		return new ConnectionCheck(imapOk, imap, smtpOk, smtp);
	}

}
