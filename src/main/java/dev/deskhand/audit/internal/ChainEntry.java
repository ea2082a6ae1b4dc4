package dev.deskhand.audit.internal;

import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.audit.AuditEntryView.ActorKind;
import dev.deskhand.shared.AuditableChange.Action;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry as stored in {@code audit.entry}. Its {@link #canonicalLine()} is what the MAC
 * covers besides the predecessor's MAC: every field but the two MACs, each written as
 * {@code length:value;} (or {@code ~;} for null) so no two different entries give the
 * same line. Times count microseconds, the precision PostgreSQL keeps.
 */
public record ChainEntry(UUID workspaceId, long seq, UUID id, Instant occurredAt, ActorKind actorKind,
		@Nullable UUID actorId, String actorName, String subjectType, String subjectId, Action action,
		@Nullable String beforeDigest, @Nullable String afterDigest, String summary, String prevMac, String mac) {

	public String canonicalLine() {
		StringBuilder sb = new StringBuilder(256);
		field(sb, workspaceId);
		field(sb, seq);
		field(sb, id);
		field(sb, ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt));
		field(sb, actorKind.code());
		field(sb, actorId);
		field(sb, actorName);
		field(sb, subjectType);
		field(sb, subjectId);
		field(sb, action.name());
		field(sb, beforeDigest);
		field(sb, afterDigest);
		field(sb, summary);
		return sb.toString();
	}

	public ChainEntry withMac(String newMac) {
		return new ChainEntry(workspaceId, seq, id, occurredAt, actorKind, actorId, actorName, subjectType, subjectId,
				action, beforeDigest, afterDigest, summary, prevMac, newMac);
	}

	public ChainEntry withPrevMac(String newPrevMac) {
		return new ChainEntry(workspaceId, seq, id, occurredAt, actorKind, actorId, actorName, subjectType, subjectId,
				action, beforeDigest, afterDigest, summary, newPrevMac, mac);
	}

	public AuditEntryView view() {
		return new AuditEntryView(id, workspaceId, seq, occurredAt, actorKind, actorId, actorName, subjectType,
				subjectId, action, beforeDigest, afterDigest, summary, prevMac, mac);
	}

	private static void field(StringBuilder sb, @Nullable Object value) {
		if (value == null) {
			sb.append("~;");
			return;
		}
		String text = value.toString();
		sb.append(text.length()).append(':').append(text).append(';');
	}
}
