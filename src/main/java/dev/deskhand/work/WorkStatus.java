package dev.deskhand.work;

/** Where a work item stands. The SLA clock pauses while waiting on someone else. */
public enum WorkStatus {

	NEW, OPEN, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED, CLOSED;

	public boolean waiting() {
		return this == WAITING_ON_CUSTOMER || this == WAITING_ON_THIRD_PARTY;
	}

	public boolean done() {
		return this == RESOLVED || this == CLOSED;
	}

}
