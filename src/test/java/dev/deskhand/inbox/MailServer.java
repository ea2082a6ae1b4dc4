package dev.deskhand.inbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A GreenMail server (real SMTP and IMAP, in-process) on free ports of 127.0.0.1, with
 * the workspace's support mailbox and a customer.
 */
final class MailServer implements AutoCloseable {

	static final String PASSWORD = "app-password-123";

	final GreenMail mail;

	final String support;

	final String customer;

	MailServer(String prefix) {
		mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		support = prefix + "-support-" + System.nanoTime() + "@nordhavn.test";
		customer = "kunde-" + System.nanoTime() + "@lego.test";
		mail.setUser(support, support, PASSWORD);
		mail.setUser(customer, customer, PASSWORD);
	}

	NewMailbox settings() {
		return settings(PASSWORD);
	}

	NewMailbox settings(String password) {
		return new NewMailbox(support, "Nordhavn Kundeservice", "127.0.0.1", mail.getImap().getPort(),
				MailSecurity.NONE, "127.0.0.1", mail.getSmtp().getPort(), MailSecurity.NONE, support, password, null,
				60, true);
	}

	/** Delivers a raw message straight into the support mailbox's INBOX. */
	void deliver(String raw) {
		try {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
			mail.getUserManager().getUser(support).deliver(message);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The customer sends a message over SMTP to the support mailbox. */
	MimeMessage customerSends(String subject, String text, @Nullable String inReplyTo, @Nullable String references) {
		try {
			Properties p = new Properties();
			p.put("mail.smtp.host", "127.0.0.1");
			p.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
			MimeMessage m = new MimeMessage(Session.getInstance(p));
			m.setFrom(new InternetAddress(customer, "Karen Kunde", "UTF-8"));
			m.setRecipient(Message.RecipientType.TO, new InternetAddress(support));
			m.setSubject(subject, "UTF-8");
			m.setText(text, "UTF-8");
			if (inReplyTo != null) {
				m.setHeader("In-Reply-To", inReplyTo);
			}
			if (references != null) {
				m.setHeader("References", references);
			}
			m.saveChanges();
			Transport.send(m);
			mail.waitForIncomingEmail(5000, 1);
			return m;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** What reached the customer's INBOX. */
	List<MimeMessage> customerInbox() {
		return customerInboxFor(customer);
	}

	/** What reached the INBOX of {@code address} (created on first delivery). */
	List<MimeMessage> customerInboxFor(String address) {
		String customer = address;
		try {
			var users = mail.getUserManager();
			if (users.getUser(customer) == null) {
				return List.of();
			}
			return Arrays
				.asList(users.getImapHostManager().getInbox(users.getUser(customer)).getMessages().stream().map(m -> {
					try {
						return m.getMimeMessage();
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}).toArray(MimeMessage[]::new));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** How many copies with this Message-ID the support mailbox's Sent folder holds. */
	int sentCopies(String messageId) {
		Properties p = new Properties();
		try (jakarta.mail.Store store = Session.getInstance(p).getStore("imap")) {
			store.connect("127.0.0.1", mail.getImap().getPort(), support, PASSWORD);
			jakarta.mail.Folder sent = store.getFolder("Sent");
			if (!sent.exists()) {
				return 0;
			}
			sent.open(jakarta.mail.Folder.READ_ONLY);
			try {
				return sent.search(new jakarta.mail.search.MessageIDTerm(messageId)).length;
			}
			finally {
				sent.close(false);
			}
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		mail.stop();
	}

}
