package dev.deskhand.inbox;

import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace mailbox (one IMAP/SMTP account). */
public record MailboxId(UUID value) {

	public MailboxId {
		Objects.requireNonNull(value, "value");
	}

	public static MailboxId random() {
		return new MailboxId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
