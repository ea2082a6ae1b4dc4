package dev.deskhand.work.internal;

import dev.deskhand.work.EscalationRaised;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys of outside effects already done (table {@code work.effect}). An event listener
 * calls {@link #once} in the transaction that writes its effect (an outbox row, a
 * timeline entry), so the key and the effect commit together or not at all; a publication
 * delivered again — resubmitted, or handled by two instances at the same time — finds the
 * key and does nothing.
 */
@Repository
class Effects {

	private final JdbcClient jdbc;

	Effects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the effect's key; false when it was recorded before (the caller must then
	 * not do the effect). A concurrent call with the same key waits until the first
	 * transaction ends, and returns false if that committed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean once(String key, Instant now) {
		return jdbc.sql("insert into work.effect (key, done_at) values (?, ?) on conflict do nothing")
			.params(key, Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * The key of an escalation's delivery on its channel: the same for the same firing
	 * (item, rule, recipient and its text, which names the SLA target and due time),
	 * however often its event is delivered.
	 */
	static String of(EscalationRaised e) {
		String who = e.recipient() == null ? "rule" : e.recipient().value().toString();
		return "escalation/" + e.channel().name().toLowerCase() + "/" + e.item().value() + "/" + e.rule() + "/" + who
				+ "/" + sha256(e.text());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
