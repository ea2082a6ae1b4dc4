package dev.deskhand.inbox;

/**
 * How a mailbox connection is protected: TLS from the first byte (IMAPS 993, SMTPS 465),
 * STARTTLS (IMAP 143, submission 587; the upgrade is required, never optional), or NONE —
 * plain text, accepted only for {@code localhost} and {@code 127.0.0.1} (tests, a local
 * relay).
 */
public enum MailSecurity {

	TLS, STARTTLS, NONE

}
