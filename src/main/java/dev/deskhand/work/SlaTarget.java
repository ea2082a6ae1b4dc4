package dev.deskhand.work;

/** What an SLA measures: the first reply, each later reply, and resolving the item. */
public enum SlaTarget {

	FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION

}
