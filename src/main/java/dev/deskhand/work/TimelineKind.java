package dev.deskhand.work;

/** What a timeline entry records. */
public enum TimelineKind {

	CREATED, VIEWED, STATUS_CHANGED, PRIORITY_CHANGED, TYPE_CHANGED, DUE_CHANGED, TAGS_CHANGED, ASSIGNED, UNASSIGNED,
	NOBODY_TO_ASSIGN, EMAIL_RECEIVED, REOPENED, REPLY_QUEUED, REPLY_SENT, REPLY_FAILED, NOTE, CALL_LOGGED, CHAT_LOGGED,
	CHECKLIST_TICKED, SLA_WARNING, SLA_BREACHED, ESCALATED, AUTO_REPLY_RECEIVED, BOUNCE_RECEIVED, RULE_APPLIED,
	// merges, links and snoozes
	MERGED, MERGED_INTO, LINKED, UNLINKED, SNOOZED, UNSNOOZED,
	/** A checklist point un-ticked (ticked by mistake). */
	CHECKLIST_UNTICKED,
	/** A tracking exception of the shipments module opened the item (what and why). */
	TRACKING_EXCEPTION_RAISED,
	/** The shipment's problem went away (why, in {@code reason}). */
	TRACKING_EXCEPTION_RESOLVED,
	/**
	 * The assistant read the item's e-mail (intent, language), or a person corrected that
	 * reading ({@code corrected}).
	 */
	TRIAGED,
	/** A person sent the assistant's draft as it was ({@code approved}) or edited. */
	DRAFT_SENT,
	/** A person rejected the assistant's draft, with the reason. */
	DRAFT_REJECTED,
	/**
	 * A person approved (perhaps edited) the delay notice of the item's tracking
	 * exception.
	 */
	DELAY_NOTICE_APPROVED,
	/**
	 * A person rejected the delay notice of the item's tracking exception, with the
	 * reason.
	 */
	DELAY_NOTICE_REJECTED,
	/**
	 * The delay notice of the item's tracking exception went to the customer (approved
	 * anywhere, or sent automatically), in the conversation named in its data.
	 */
	DELAY_NOTICE_SENT,
	/**
	 * A person's time on the item was recorded (a timer stopped, an entry added):
	 * {@code minutes}.
	 */
	TIME_LOGGED

}
