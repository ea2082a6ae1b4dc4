package dev.deskhand.work;

/** Why a member was notified. */
public enum NotificationKind {

	/** An escalation rule named them (the text is the escalation, in their language). */
	ESCALATION,
	/**
	 * Someone wrote {@code @name} in a note on an item (the text is the note's excerpt).
	 */
	MENTION

}
