package dev.deskhand.timesheets;

/** How an entry came about: a timer, or typed in afterwards. */
public enum EntrySource {

	TIMER, MANUAL

}
