package dev.deskhand.access;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.PersonId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Two-factor secrets (sealed), used time steps, recovery code hashes and the workspaces
 * that require two-factor sign-in: rows changed by single conditional statements, so
 * plain SQL.
 */
@Repository
class TwoFactorRepository {

	private final JdbcClient jdbc;

	TwoFactorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's secret (sealed), and since when it is on (null while set-up waits). */
	record Row(byte[] sealed, @Nullable Instant enabledAt) {
	}

	Optional<Row> find(PersonId person) {
		return jdbc.sql("select secret_sealed, enabled_at from access.two_factor where person_id = ?")
			.param(person.value())
			.query((rs, i) -> new Row(rs.getBytes(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional();
	}

	boolean enabled(PersonId person) {
		return jdbc.sql("select exists(select 1 from access.two_factor where person_id = ? and enabled_at is not null)")
			.param(person.value())
			.query(Boolean.class)
			.single();
	}

	/** A new set-up replaces one that waits; never one that is on. */
	boolean startSetUp(PersonId person, byte[] sealed, Instant now) {
		return jdbc.sql("""
				insert into access.two_factor (person_id, secret_sealed, created_at) values (?, ?, ?)
				on conflict (person_id) do update set secret_sealed = excluded.secret_sealed,
				    created_at = excluded.created_at, last_step = null
				where two_factor.enabled_at is null""")
			.params(person.value(), sealed, Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Records the step as used if it is newer than every step used before: false when
	 * this code (or a later one) was already accepted.
	 */
	boolean useStep(PersonId person, long step) {
		return jdbc.sql(
				"update access.two_factor set last_step = ? where person_id = ? and (last_step is null or last_step < ?)")
			.params(step, person.value(), step)
			.update() == 1;
	}

	boolean enable(PersonId person, Instant now, List<String> recoveryHashes) {
		if (jdbc.sql("update access.two_factor set enabled_at = ? where person_id = ? and enabled_at is null")
			.params(Timestamp.from(now), person.value())
			.update() != 1) {
			return false;
		}
		jdbc.sql("delete from access.two_factor_recovery where person_id = ?").param(person.value()).update();
		for (String hash : recoveryHashes) {
			jdbc.sql("insert into access.two_factor_recovery (person_id, code_hash) values (?, ?)")
				.params(person.value(), hash)
				.update();
		}
		return true;
	}

	/** Deletes the secret and its recovery codes. */
	boolean disable(PersonId person) {
		return jdbc.sql("delete from access.two_factor where person_id = ? and enabled_at is not null")
			.param(person.value())
			.update() == 1;
	}

	/** Uses a recovery code up: true only the first time. */
	boolean useRecoveryCode(PersonId person, String hash, Instant now) {
		return jdbc.sql("""
				update access.two_factor_recovery set used_at = ?
				where person_id = ? and code_hash = ? and used_at is null
				  and exists (select 1 from access.two_factor t where t.person_id = ? and t.enabled_at is not null)""")
			.params(Timestamp.from(now), person.value(), hash, person.value())
			.update() == 1;
	}

	int recoveryCodesLeft(PersonId person) {
		return jdbc.sql("select count(*) from access.two_factor_recovery where person_id = ? and used_at is null")
			.param(person.value())
			.query(Integer.class)
			.single();
	}

	boolean required(WorkspaceId workspace) {
		return jdbc.sql("select exists(select 1 from access.two_factor_requirement where workspace_id = ?)")
			.param(workspace.value())
			.query(Boolean.class)
			.single();
	}

	/** True when the setting changed. */
	boolean require(WorkspaceId workspace, boolean required, UUID by, Instant now) {
		if (required) {
			return jdbc.sql("""
					insert into access.two_factor_requirement (workspace_id, required_at, required_by) values (?, ?, ?)
					on conflict do nothing""").params(workspace.value(), Timestamp.from(now), by).update() == 1;
		}
		return jdbc.sql("delete from access.two_factor_requirement where workspace_id = ?")
			.param(workspace.value())
			.update() == 1;
	}

	/**
	 * Of these workspaces, those that require two-factor sign-in while the person has not
	 * turned it on (none when they have): one query for every workspace of a request.
	 */
	Set<UUID> requiredWithout(PersonId person, Collection<UUID> workspaces) {
		return jdbc.sql("""
				select r.workspace_id from access.two_factor_requirement r
				where r.workspace_id = any(?) and not exists (
				    select 1 from access.two_factor t where t.person_id = ? and t.enabled_at is not null)""")
			.params((Object) workspaces.toArray(UUID[]::new), person.value())
			.query(UUID.class)
			.set()
			.stream()
			.collect(Collectors.toSet());
	}

}
