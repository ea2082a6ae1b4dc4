package dev.deskhand.inbox;

import dev.deskhand.inbox.internal.Mailboxes;
import dev.deskhand.inbox.internal.MessageStore;
import dev.deskhand.inbox.internal.MimeParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbox data for tests that need a mailbox and a received message but no mail server
 * (e.g. the authorization matrix): the message is stored exactly as the fetcher stores
 * it.
 */
@Component
public class InboxTestData {

	private final Mailboxes mailboxes;

	private final MessageStore store;

	private final TransactionTemplate transaction;

	InboxTestData(Mailboxes mailboxes, MessageStore store, PlatformTransactionManager transactions) {
		this.mailboxes = mailboxes;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A mailbox whose servers refuse connections at once (port 9 on localhost). */
	public NewMailbox unreachableMailbox(String address) {
		return new NewMailbox(address, "Support", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1", 9, MailSecurity.NONE,
				address, "secret", null, 60, true);
	}

	/** Stores a message from {@code from} in the mailbox; returns its conversation. */
	public ConversationId receive(MailboxId mailbox, String from, String subject) {
		return receive(mailbox, from, subject, "Please tell me.");
	}

	/** Stores a message with this body; returns its conversation. */
	public ConversationId receive(MailboxId mailbox, String from, String subject, String body) {
		String raw = "From: " + from + "\r\nTo: support@nordhavn.test\r\nSubject: " + subject + "\r\nMessage-ID: <"
				+ System.nanoTime() + "@test>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
		var parsed = new MimeParser(1024 * 1024).parse(raw.getBytes(StandardCharsets.UTF_8));
		var box = mailboxes.find(mailbox).orElseThrow();
		MessageId id = transaction.execute(status -> store.storeReceived(box, parsed, Instant.now()).orElseThrow());
		return store.conversationOf(id);
	}

}
