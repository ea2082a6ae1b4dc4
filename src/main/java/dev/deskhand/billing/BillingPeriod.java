package dev.deskhand.billing;

/**
 * How often a contract is invoiced: ISO weeks or calendar months, both in the workspace's
 * time zone.
 */
public enum BillingPeriod {

	WEEKLY, MONTHLY

}
