package dev.deskhand.inbox;

/**
 * A hook for higher modules to change outgoing mail before it is queued (e.g. append a
 * rating link). Implement it as a bean; every decorator is applied, in
 * {@link org.springframework.core.annotation.Order} order, inside the queueing
 * transaction, to replies and system mail alike.
 */
public interface OutgoingMailDecorator {

	/** The draft to send instead of {@code draft} (return it unchanged to do nothing). */
	OutgoingDraft decorate(OutgoingDraft draft);

}
