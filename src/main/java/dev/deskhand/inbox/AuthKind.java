package dev.deskhand.inbox;

/**
 * How Deskhand signs in to a mailbox: PASSWORD (the account password or, with two-step
 * verification, an app password) or XOAUTH2 (OAuth 2.0: the stored credential is a
 * refresh token, exchanged for a short-lived access token before each sign-in).
 */
public enum AuthKind {

	PASSWORD, XOAUTH2

}
