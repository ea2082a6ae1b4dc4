package dev.deskhand.inbox;

/**
 * The result of testing a mailbox's IMAP and SMTP servers: each with a clear reason when
 * it failed (host not found, connection refused, TLS not trusted, sign-in refused, ...).
 */
public record ConnectionCheck(boolean imapOk, String imapDetail, boolean smtpOk, String smtpDetail) {

	public boolean ok() {
		return imapOk && smtpOk;
	}

}
