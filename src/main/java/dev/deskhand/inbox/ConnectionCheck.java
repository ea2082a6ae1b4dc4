package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.deskhand.shared.Text;

/**
 * The result of testing a mailbox's IMAP and SMTP servers: each with a clear reason when
 * it failed (host not found, connection refused, TLS not trusted, sign-in refused, ...),
 * as a text of the bundles for pages ({@code imapText}, {@code smtpText}) and in English
 * for the API ({@code imapDetail}, {@code smtpDetail}).
 */
public record ConnectionCheck(boolean imapOk, String imapDetail, boolean smtpOk, String smtpDetail,
		@JsonIgnore Text imapText, @JsonIgnore Text smtpText) {

	public ConnectionCheck(boolean imapOk, Text imap, boolean smtpOk, Text smtp) {
		this(imapOk, imap.english(), smtpOk, smtp.english(), imap, smtp);
	}

	public boolean ok() {
		return imapOk && smtpOk;
	}

}
