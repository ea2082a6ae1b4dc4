package dev.deskhand.work;

/** How an escalation reaches people. */
public enum EscalationChannel {

	IN_APP, EMAIL, WEBHOOK

}
