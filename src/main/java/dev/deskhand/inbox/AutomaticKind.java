package dev.deskhand.inbox;

/**
 * What kind of mail no one should answer automatically: an auto-reply (RFC 3834
 * Auto-Submitted, X-Autoreply, an out-of-office reply), a bounce (a delivery report,
 * MAILER-DAEMON or postmaster), or bulk and list mail.
 */
public enum AutomaticKind {

	AUTO_REPLY, BOUNCE, BULK

}
