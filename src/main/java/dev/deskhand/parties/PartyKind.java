package dev.deskhand.parties;

/** What a party is to the workspace. */
public enum PartyKind {

	/** Pays for the work; its name is the key of the {@code customer:} scope. */
	CUSTOMER,
	/** Moves the goods: hauliers, shipping lines, airlines, agents. */
	CARRIER

}
