package dev.deskhand.audit;

import dev.deskhand.shared.AuditableChange.Action;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a workspace's audit chain, as the API and the exports show it.
 *
 * @param id the entry's id, stable for links and references
 * @param workspaceId the workspace whose chain holds the entry
 * @param seq the entry's position in the chain, from 1 without gaps
 * @param occurredAt when the change or read happened (microsecond precision)
 * @param actorKind who acted: a signed-in person, an API token, or the system (demo data,
 * command line)
 * @param actorId the person's id (person), the token's member id (token), or null
 * (system)
 * @param actorName the actor's display name at the time
 * @param subjectType what kind of record was changed or read, e.g. {@code member}
 * @param subjectId which record (or, for reads of a set, a description of the set)
 * @param action what happened
 * @param beforeDigest hex SHA-256 of the canonical JSON before the change, null when
 * there was no before
 * @param afterDigest hex SHA-256 of the canonical JSON after the change, null when there
 * is no after
 * @param summary a short human text, never secrets
 * @param prevMac the MAC of the previous entry (64 zeros for the first)
 * @param mac HMAC-SHA-256 over {@code prevMac} and this entry's fields, with a key kept
 * outside the database
 */
public record AuditEntryView(UUID id, UUID workspaceId, long seq, Instant occurredAt, ActorKind actorKind,
		@Nullable UUID actorId, String actorName, String subjectType, String subjectId, Action action,
		@Nullable String beforeDigest, @Nullable String afterDigest, String summary, String prevMac, String mac) {

	/** Who acted. */
	public enum ActorKind {

		PERSON, TOKEN, SYSTEM;

		/** The lower-case name stored in the database and written into the MAC'd line. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static ActorKind ofCode(String code) {
			return valueOf(code.toUpperCase(java.util.Locale.ROOT));
		}

	}
}
