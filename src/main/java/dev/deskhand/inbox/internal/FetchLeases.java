package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mailbox's fetch lease: one instance fetches a mailbox at a time. The lease is short
 * ({@link #LENGTH}) and renewed by a heartbeat while the fetch runs, so a crashed
 * instance's lease runs out within seconds, not minutes, while a live fetch — however
 * long one message takes, or through a database outage shorter than the lease — keeps it.
 */
@Component
public class FetchLeases {

	/** How long a lease lasts without a heartbeat. */
	public static final Duration LENGTH = Duration.ofSeconds(45);

	private static final Logger log = LoggerFactory.getLogger(FetchLeases.class);

	private final Mailboxes mailboxes;

	private final Clock clock;

	FetchLeases(Mailboxes mailboxes, Clock clock) {
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	/** The lease, renewed until closed; empty when another instance holds a live one. */
	public Optional<Lease> take(MailboxId mailbox) {
		return take(mailbox, LENGTH);
	}

	Optional<Lease> take(MailboxId mailbox, Duration length) {
		UUID owner = UUID.randomUUID();
		Instant now = clock.instant();
		if (!mailboxes.lease(mailbox, owner, now, length)) {
			return Optional.empty();
		}
		return Optional.of(new Lease(mailbox, owner, length, now));
	}

	/** A held lease; closing it stops the heartbeat and releases it. */
	public final class Lease implements AutoCloseable {

		private final MailboxId mailbox;

		private final UUID owner;

		private final Duration length;

		private final Thread heartbeat;

		private volatile Instant renewed;

		private volatile boolean lost;

		private Lease(MailboxId mailbox, UUID owner, Duration length, Instant taken) {
			this.mailbox = mailbox;
			this.owner = owner;
			this.length = length;
			this.renewed = taken;
			this.heartbeat = Thread.ofVirtual().name("fetch-lease-" + mailbox).start(this::beat);
		}

		/**
		 * Still ours: renewed within its length and not taken over (after a database
		 * outage longer than the lease another instance may have it).
		 */
		public boolean held() {
			return !lost && clock.instant().isBefore(renewed.plus(length));
		}

		private void beat() {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					Thread.sleep(length.dividedBy(3));
				}
				catch (InterruptedException e) {
					return;
				}
				try {
					Instant now = clock.instant();
					if (!mailboxes.lease(mailbox, owner, now, length)) {
						lost = true;
						log.warn("The fetch lease of mailbox {} was taken over by another instance", mailbox);
						return;
					}
					renewed = now;
				}
				catch (RuntimeException e) {
					log.warn("Renewing the fetch lease of mailbox {} failed on the database side: {}", mailbox,
							e.getMessage());
				}
			}
		}

		/** Stops the heartbeat without releasing, as a crash would. */
		void stopRenewing() {
			heartbeat.interrupt();
		}

		@Override
		public void close() {
			heartbeat.interrupt();
			try {
				mailboxes.release(mailbox, owner);
			}
			catch (RuntimeException e) {
				log.warn("Releasing the fetch lease of mailbox {} failed on the database side (it runs out by "
						+ "itself): {}", mailbox, e.getMessage());
			}
		}

	}

}
