package dev.deskhand.inbox.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code deskhand.inbox.*}.
 *
 * @param key base64 of 32 bytes to encrypt mailbox credentials; when unset it is derived
 * from {@code deskhand.documents.key} (HMAC-SHA-256 with a fixed label), so no extra
 * secret is needed
 * @param schedulerEnabled poll mailboxes, watch them with IDLE and send the outbox in the
 * background (off in tests, which drive each step)
 * @param pollInterval how often the scheduler looks for mailboxes due for a poll
 * @param sendInterval how often the outbox sender looks for due messages
 * @param maxMessageBytes larger messages are stored as a placeholder with their headers
 * only
 * @param maxAttachmentBytes larger attachments are recorded as refused
 * @param batchSize at most this many messages per mailbox per fetch
 * @param maxAttempts a message that failed this often is given up (FAILED)
 * @param sendingStaleAfter a message in SENDING for longer was interrupted by a crash: it
 * is checked against the Sent folder and sent again only if it is not there
 * @param timeout connect and read timeout towards mail servers and token endpoints
 * @param oauthSignInTimeout how long a browser sign-in (from "Sign in with ..." back to
 * Deskhand) may take before its state expires
 */
@ConfigurationProperties("deskhand.inbox")
public record InboxProperties(@Nullable String key, @DefaultValue("true") boolean schedulerEnabled,
		@DefaultValue("30s") Duration pollInterval, @DefaultValue("10s") Duration sendInterval,
		@DefaultValue("50MB") DataSize maxMessageBytes, @DefaultValue("20MB") DataSize maxAttachmentBytes,
		@DefaultValue("200") int batchSize, @DefaultValue("6") int maxAttempts,
		@DefaultValue("10m") Duration sendingStaleAfter, @DefaultValue("20s") Duration timeout,
		@DefaultValue("10m") Duration oauthSignInTimeout) {
}
