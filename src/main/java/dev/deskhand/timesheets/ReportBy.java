package dev.deskhand.timesheets;

/** What a report of hours groups by. */
public enum ReportBy {

	MEMBER, WORK_TYPE, CUSTOMER, WEEK, MONTH

}
