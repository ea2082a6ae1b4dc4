package dev.deskhand.work;

/** When an escalation rule fires: on an SLA warning or on a breach. */
public enum EscalationTrigger {

	WARNING, BREACH

}
