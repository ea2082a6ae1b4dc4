package dev.deskhand.work;

/** Where a work item came from. */
public enum WorkSource {

	EMAIL, MANUAL, RECURRING, EVENT

}
