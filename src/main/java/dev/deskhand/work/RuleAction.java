package dev.deskhand.work;

import org.jspecify.annotations.Nullable;

/**
 * One action of an inbound rule.
 *
 * @param value by kind: the work type; the priority ({@code LOW} … {@code URGENT}); one
 * tag; the SLA policy's id; the member's id; the role whose members take turns
 * ({@code EMPLOYEE}, {@code ASSISTANT} …); the customer's or carrier's id (given by name
 * or id); null for {@link Kind#CLOSE}
 */
public record RuleAction(Kind kind, @Nullable String value) {

	/**
	 * What an action does. {@code CLOSE} files the mail: the item is created closed, with
	 * no clock running. {@code SET_PARTY} makes the item about that customer or carrier,
	 * filed under {@code customer:NAME} for a customer, under its mailbox for a carrier.
	 */
	public enum Kind {

		SET_TYPE, SET_PRIORITY, ADD_TAG, SET_SLA_POLICY, ASSIGN_MEMBER, ASSIGN_ROLE, CLOSE, SET_PARTY

	}

}
