package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background work (off with {@code deskhand.inbox.scheduler-enabled=false}): polls
 * mailboxes that are due, keeps an IDLE watcher on each enabled mailbox, and sends the
 * outbox (then copies what was sent to the Sent folders). Nothing here may throw out of a
 * schedule: every failure is recorded on the mailbox or the outgoing message.
 */
@Component
@ConditionalOnProperty(name = "deskhand.inbox.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class InboxScheduler {

	private static final Logger log = LoggerFactory.getLogger(InboxScheduler.class);

	private final Mailboxes mailboxes;

	private final Fetcher fetcher;

	private final IdleWatchers idle;

	private final OutboxSender sender;

	private final SentCopies copies;

	private final Clock clock;

	InboxScheduler(Mailboxes mailboxes, Fetcher fetcher, IdleWatchers idle, OutboxSender sender, SentCopies copies,
			Clock clock) {
		this.mailboxes = mailboxes;
		this.fetcher = fetcher;
		this.idle = idle;
		this.sender = sender;
		this.copies = copies;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.inbox.poll-interval:30s}", initialDelayString = "5s")
	void poll() {
		try {
			for (MailboxId id : mailboxes.dueForPoll(clock.instant())) {
				fetcher.fetch(id);
			}
			for (MailboxId id : mailboxes.enabled()) {
				idle.ensure(id, this::fetchQuietly);
			}
		}
		catch (RuntimeException e) {
			log.warn("Polling mailboxes failed: {}", e.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${deskhand.inbox.send-interval:10s}", initialDelayString = "5s")
	void send() {
		try {
			sender.sendDue();
		}
		catch (RuntimeException e) {
			log.warn("Sending the outbox failed: {}", e.getMessage());
		}
		try {
			copies.copyDue();
		}
		catch (RuntimeException e) {
			log.warn("Copying sent mail to Sent folders failed: {}", e.getMessage());
		}
	}

	private void fetchQuietly(MailboxId id) {
		try {
			fetcher.fetch(id);
		}
		catch (RuntimeException e) {
			log.warn("Fetching after IDLE failed: {}", e.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		idle.stopAll();
	}

}
