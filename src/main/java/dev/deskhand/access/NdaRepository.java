package dev.deskhand.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** NDA acceptances: insert-only facts, so plain SQL. */
@Repository
class NdaRepository {

	private final JdbcClient jdbc;

	NdaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean accepted(UUID member, int version) {
		return jdbc.sql("select exists(select 1 from access.nda_acceptance where member_id = ? and nda_version = ?)")
			.params(member, version)
			.query(Boolean.class)
			.single();
	}

	/** The NDA versions these members accepted, as "member/version". */
	Set<String> acceptedVersions(Collection<UUID> members) {
		return Set.copyOf(
				jdbc.sql("select member_id || '/' || nda_version from access.nda_acceptance where member_id = any(?)")
					.params((Object) members.toArray(UUID[]::new))
					.query(String.class)
					.list());
	}

	/** Idempotent: accepting the same version twice keeps the first time. */
	boolean accept(UUID workspace, UUID member, int version, Instant at) {
		return jdbc.sql("""
				insert into access.nda_acceptance (workspace_id, member_id, nda_version, accepted_at)
				values (?, ?, ?, ?) on conflict do nothing""")
			.params(workspace, member, version, java.sql.Timestamp.from(at))
			.update() == 1;
	}

	java.util.Optional<Instant> acceptedAt(UUID member, int version) {
		return jdbc.sql("select accepted_at from access.nda_acceptance where member_id = ? and nda_version = ?")
			.params(member, version)
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant);
	}

}
