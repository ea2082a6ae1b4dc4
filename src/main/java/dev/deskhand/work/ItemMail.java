package dev.deskhand.work;

import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.OutgoingMail;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail written on a work item.
 *
 * @param message for {@link Kind#FORWARD}: the message forwarded
 * @param subject for {@link Kind#NEW}: its subject
 * @param then what happens to the item once the mail is queued, in the same transaction;
 * null for nothing
 */
public record ItemMail(Kind kind, OutgoingMail mail, @Nullable MessageId message, @Nullable String subject,
		@Nullable Then then) {

	/**
	 * REPLY answers the latest received message (reply-all is a reply with copies);
	 * FORWARD sends a message on with its attachments; NEW is an e-mail of its own.
	 */
	public enum Kind {

		REPLY, FORWARD, NEW

	}

	/**
	 * RESOLVE resolves the item; WAIT sets it waiting: on the customer after a reply, on
	 * a third party after a forward or a new e-mail.
	 */
	public enum Then {

		RESOLVE, WAIT

	}

}
