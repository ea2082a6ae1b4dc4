package dev.deskhand.shipments.internal;

import dev.deskhand.shared.SecretSealer;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's tracking webhook secret and the check of a push's signature: header
 * {@code X-Deskhand-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}.
 * The secret is stored sealed (AES-GCM, key derived from the documents key, the workspace
 * as associated data); a timestamp more than {@link #WINDOW} away from now or a signature
 * already used is refused.
 */
@Component
public class WebhookSecrets {

	public static final Duration WINDOW = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final SecretSealer sealer;

	WebhookSecrets(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.sealer = SecretSealer.derivedFrom(environment.getProperty("deskhand.documents.key"),
				"deskhand tracking webhook secret");
	}

	/** Why a push was refused, or {@code OK}. */
	public enum Verdict {

		OK, NO_SECRET, MALFORMED, STALE, BAD_SIGNATURE, REPLAYED

	}

	/** A new secret for the workspace (the old one stops working), shown once. */
	public String rotate(WorkspaceId ws, Instant now) {
		String secret = SecretToken.random("whsec_");
		jdbc.sql("insert into shipments.tracking_webhook (workspace_id, sealed, created_at) values (?, ?, ?) "
				+ "on conflict (workspace_id) do update set sealed = excluded.sealed, created_at = excluded.created_at")
			.params(ws.value(), seal(ws, secret), Timestamp.from(now))
			.update();
		return secret;
	}

	/** Checks a push; a good one's signature is remembered so it cannot be replayed. */
	public Verdict verify(WorkspaceId ws, @Nullable String header, byte[] body, Instant now) {
		Optional<String> secret = jdbc.sql("select sealed from shipments.tracking_webhook where workspace_id = ?")
			.param(ws.value())
			.query((rs, n) -> open(ws, rs.getBytes(1)))
			.optional();
		if (secret.isEmpty()) {
			return Verdict.NO_SECRET;
		}
		if (header == null) {
			return Verdict.MALFORMED;
		}
		String t = null;
		String v1 = null;
		for (String part : header.split(",")) {
			String p = part.strip();
			if (p.startsWith("t=")) {
				t = p.substring(2);
			}
			else if (p.startsWith("v1=")) {
				v1 = p.substring(3).toLowerCase(java.util.Locale.ROOT);
			}
		}
		if (t == null || v1 == null || !t.matches("[0-9]{1,12}") || !v1.matches("[0-9a-f]{64}")) {
			return Verdict.MALFORMED;
		}
		Instant signedAt = Instant.ofEpochSecond(Long.parseLong(t));
		if (Duration.between(signedAt, now).abs().compareTo(WINDOW) > 0) {
			return Verdict.STALE;
		}
		byte[] expected = sign(secret.get(), t, body);
		if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1))) {
			return Verdict.BAD_SIGNATURE;
		}
		jdbc.sql("delete from shipments.webhook_signature_seen where signed_at < ?")
			.param(Timestamp.from(now.minus(WINDOW.multipliedBy(2))))
			.update();
		int fresh = jdbc
			.sql("insert into shipments.webhook_signature_seen (workspace_id, signature, signed_at) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(ws.value(), v1, Timestamp.from(signedAt))
			.update();
		return fresh == 1 ? Verdict.OK : Verdict.REPLAYED;
	}

	/** HMAC-SHA256 of {@code "<t>.<body>"} under the secret. */
	public static byte[] sign(String secret, String t, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] seal(WorkspaceId ws, String secret) {
		return sealer.seal(secret, ws.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String open(WorkspaceId ws, byte[] sealed) {
		return sealer.open(sealed, ws.toString().getBytes(StandardCharsets.UTF_8), "tracking webhook secret");
	}

}
