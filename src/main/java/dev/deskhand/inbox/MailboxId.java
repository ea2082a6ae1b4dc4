package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace mailbox (one IMAP/SMTP account). */
public record MailboxId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
