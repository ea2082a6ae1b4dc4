package dev.deskhand.work;

/** How urgent a work item is; SLA policies may match on it. */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT

}
