package dev.deskhand.billing;

/**
 * How a contract is billed: by the hour, per resolved task (a price per work type), or a
 * retainer (a fee per billing period for the hours it includes, further hours at the
 * overage rate).
 */
public enum ContractKind {

	HOURLY, PER_TASK, RETAINER

}
