package dev.deskhand.inbox;

/**
 * How Deskhand signs in to a mailbox. Only PASSWORD (the account password or, with
 * two-step verification, an app password) exists today; OAuth 2.0 (XOAUTH2 with a refresh
 * token) is planned and will be a further constant with its own credential.
 */
public enum AuthKind {

	PASSWORD

}
