package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.ReplyFailed;
import dev.deskhand.inbox.ReplySent;
import dev.deskhand.inbox.internal.Outbox.Claim;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.Text;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: claim a due row (SENDING, committed), send it over SMTP with its own
 * Message-ID, and right after the SMTP server accepted it mark it SENT and record the
 * sent message in one short transaction — before any IMAP work, so a crash afterwards
 * cannot send it twice; {@link SentCopies} copies it to the Sent folder later. On failure
 * retry with back-off (1, 4, 16 … minutes, at most 6 hours) until {@code maxAttempts},
 * and give up at once on a permanent (5xx) refusal. A row found in SENDING after a crash
 * is sent again only if its Message-ID is not in the Sent folder.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final Mailboxes mailboxes;

	private final MailSessions sessions;

	private final SentFolder sentFolder;

	private final OutgoingComposer composer;

	private final MessageStore messages;

	private final ApplicationEventPublisher events;

	private final InboxProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final MimeParser parser;

	OutboxSender(Outbox outbox, Mailboxes mailboxes, MailSessions sessions, SentFolder sentFolder,
			OutgoingComposer composer, MessageStore messages, ApplicationEventPublisher events,
			InboxProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.mailboxes = mailboxes;
		this.sessions = sessions;
		this.sentFolder = sentFolder;
		this.composer = composer;
		this.messages = messages;
		this.events = events;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.parser = new MimeParser(0);
	}

	/** Sends every due message (at most 100 per call); returns how many were handled. */
	public int sendDue() {
		int handled = 0;
		while (handled < 100) {
			Instant now = clock.instant();
			Optional<Claim> claim = transaction
				.execute(status -> outbox.claim(now, now.minus(properties.sendingStaleAfter())));
			if (claim == null || claim.isEmpty()) {
				break;
			}
			send(claim.get());
			handled++;
		}
		return handled;
	}

	private void send(Claim claim) {
		Mailbox mailbox = mailboxes.find(claim.mailbox()).orElseThrow();
		MimeMessage message;
		try {
			message = composer.compose(claim);
		}
		catch (MessagingException | IOException | RuntimeException e) {
			failed(claim, Text.of("outgoing.reason.build", String.valueOf(e.getMessage())), true, false);
			return;
		}
		if (claim.accepted()) {
			log.info("Outgoing {} was accepted by the SMTP server before an interruption: recording it", claim.id());
			sent(claim, mailbox, message, false);
			return;
		}
		if (claim.interrupted()) {
			try {
				if (sentFolder.contains(mailbox, claim.rfcMessageId())) {
					log.info("Outgoing {} was sent before an interruption: not sending it again", claim.id());
					sent(claim, mailbox, message, true);
					return;
				}
			}
			catch (MessagingException | RuntimeException e) {
				log.warn("Outgoing {}: the Sent folder could not be checked: {}", claim.id(),
						ConnectionErrors.describe(e, mailbox.imap().host(), mailbox.imap().port()));
				failed(claim, Text.of("outgoing.reason.interrupted"), false, true);
				return;
			}
		}
		boolean accepted = false;
		try (Transport transport = sessions.smtp(mailbox)) {
			transport.sendMessage(message, OutgoingComposer.envelope(message, claim));
			accepted = true;
			accepted(claim);
		}
		catch (MessagingException | RuntimeException e) {
			if (!accepted) {
				failed(claim, ConnectionErrors.text(e, mailbox.smtp().host(), mailbox.smtp().port()), permanent(e),
						false);
				return;
			}
			log.info("Outgoing {} was accepted; closing the SMTP connection failed: {}", claim.id(), e.getMessage());
		}
		sent(claim, mailbox, message, false);
	}

	/**
	 * The server answered DATA with 250: committed at once, before QUIT and parsing, so a
	 * crash from here on never sends it again. A database failure here leaves the row in
	 * SENDING, where the Sent-folder check decides.
	 */
	private void accepted(Claim claim) {
		try {
			outbox.markAccepted(claim.id(), clock.instant());
		}
		catch (RuntimeException e) {
			log.warn("Outgoing {} was accepted by the SMTP server but could not be marked so: {}", claim.id(),
					e.getMessage());
		}
	}

	/**
	 * @param copied it is in the Sent folder already; else {@link SentCopies} puts it
	 * there
	 */
	private void sent(Claim claim, Mailbox mailbox, MimeMessage message, boolean copied) {
		Instant now = clock.instant();
		ParsedMail mail = parser.parse(bytes(message));
		transaction.executeWithoutResult(status -> {
			MessageId id = messages.storeSent(mailbox, claim.conversation(), mail, now, claim.payload().attachments());
			outbox.markSent(claim.id(), now, id.value(), copied);
			events.publishEvent(new ReplySent(claim.workspace(), claim.conversation(), claim.id(), id, now));
			events.publishEvent(AuditableChange.updated(claim.workspace(), "outgoing-email", claim.id(),
					Map.of("status", "SENDING"), Map.of("status", "SENT", "messageId", claim.rfcMessageId()),
					"Sent e-mail to " + String.join(", ", claim.payload().to())));
		});
	}

	/**
	 * @param permanent give up now
	 * @param uncertain it may have gone out: keep it SENDING so it is checked again
	 */
	private void failed(Claim claim, Text why, boolean permanent, boolean uncertain) {
		String reason = why.english();
		Instant now = clock.instant();
		boolean giveUp = permanent || claim.attempts() >= properties.maxAttempts();
		@Nullable Instant next = giveUp ? null : now.plus(backoff(claim.attempts()));
		String status = giveUp ? "FAILED" : uncertain ? "SENDING" : "QUEUED";
		log.warn("Outgoing {} failed (attempt {}): {}", claim.id(), claim.attempts(), reason);
		transaction.executeWithoutResult(s -> {
			outbox.markFailed(claim.id(), status, why, next, now);
			events.publishEvent(new ReplyFailed(claim.workspace(), claim.conversation(), claim.id(), reason,
					claim.attempts(), next, now));
			events.publishEvent(AuditableChange.updated(claim.workspace(), "outgoing-email", claim.id(),
					Map.of("status", "SENDING"), Map.of("status", status, "attempts", claim.attempts()),
					"Sending failed: " + reason));
		});
	}

	static Duration backoff(int attempts) {
		long minutes = (long) Math.pow(4, Math.min(Math.max(attempts - 1, 0), 5));
		return Duration.ofMinutes(Math.min(minutes, 360));
	}

	private static boolean permanent(Exception e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) {
				return true;
			}
			if (t instanceof SendFailedException s && s.getValidSentAddresses() == null
					&& s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	private static byte[] bytes(MimeMessage message) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException | MessagingException e) {
			return new byte[0];
		}
	}

}
