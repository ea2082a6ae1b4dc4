package dev.deskhand.workspace;

/**
 * A member is a person (who logs in) or an AI agent (who authenticates by API token
 * only).
 */
public enum MemberKind {

	PERSON, AGENT

}
