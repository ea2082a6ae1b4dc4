package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.internal.Outbox.CopyClaim;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies sent messages to their mailbox's Sent folder, as a step of its own after the
 * SMTP server accepted them: it looks for the Message-ID in the Sent folder first and
 * appends only when it is not there (a crash between APPEND and the bookkeeping doubles
 * nothing), retries with the outbox's back-off up to {@code max-attempts}, and never
 * sends anything over SMTP.
 */
@Component
public class SentCopies {

	private static final Logger log = LoggerFactory.getLogger(SentCopies.class);

	private final Outbox outbox;

	private final Mailboxes mailboxes;

	private final SentFolder sentFolder;

	private final OutgoingComposer composer;

	private final InboxProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SentCopies(Outbox outbox, Mailboxes mailboxes, SentFolder sentFolder, OutgoingComposer composer,
			InboxProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.mailboxes = mailboxes;
		this.sentFolder = sentFolder;
		this.composer = composer;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Copies every due sent message (at most 100 per call); returns how many were tried.
	 */
	public int copyDue() {
		int tried = 0;
		while (tried < 100) {
			Instant now = clock.instant();
			Optional<CopyClaim> claim = transaction
				.execute(status -> outbox.claimCopy(now, properties.sendingStaleAfter()));
			if (claim == null || claim.isEmpty()) {
				break;
			}
			copy(claim.get());
			tried++;
		}
		return tried;
	}

	private void copy(CopyClaim copy) {
		Mailbox mailbox = mailboxes.find(copy.claim().mailbox()).orElseThrow();
		String messageId = copy.claim().rfcMessageId();
		try {
			if (!sentFolder.contains(mailbox, messageId)) {
				sentFolder.append(mailbox, message(copy));
			}
			outbox.markCopied(copy.claim().id(), clock.instant());
		}
		catch (MessagingException | IOException | RuntimeException e) {
			boolean giveUp = copy.attempts() >= properties.maxAttempts();
			@Nullable Instant next = giveUp ? null : clock.instant().plus(OutboxSender.backoff(copy.attempts()));
			String reason = ConnectionErrors.describe(e, mailbox.imap().host(), mailbox.imap().port());
			log.warn("Outgoing {} was sent but not copied to the Sent folder of mailbox {} (attempt {}{}): {}",
					copy.claim().id(), mailbox.id(), copy.attempts(), giveUp ? ", giving up" : "", reason);
			outbox.markCopyFailed(copy.claim().id(), reason, next);
		}
	}

	/** The message as it was sent: same Message-ID, dated when the server accepted it. */
	private MimeMessage message(CopyClaim copy) throws MessagingException, IOException {
		MimeMessage message = composer.compose(copy.claim());
		message.setSentDate(Date.from(copy.sentAt()));
		message.saveChanges();
		return message;
	}

}
