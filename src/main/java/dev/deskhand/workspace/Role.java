package dev.deskhand.workspace;

/**
 * What a member does in a workspace; the permissions of each role are decided in the
 * access module.
 */
public enum Role {

	OWNER, MANAGER, EMPLOYEE, ASSISTANT, AGENT

}
