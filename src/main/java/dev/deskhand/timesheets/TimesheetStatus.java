package dev.deskhand.timesheets;

/**
 * Where a member's week stands. A SUBMITTED or APPROVED week is locked: its entries
 * change only after a rejection or a manager's reopen.
 */
public enum TimesheetStatus {

	OPEN, SUBMITTED, APPROVED, REJECTED;

	public boolean locked() {
		return this == SUBMITTED || this == APPROVED;
	}

}
