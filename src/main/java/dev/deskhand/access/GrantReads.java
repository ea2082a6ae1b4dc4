package dev.deskhand.access;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The unrevoked grants of some members with their scopes, in one statement: every request
 * reads them (loading them as Spring Data aggregates cost a query per grant). Writes stay
 * with {@link Grant}.
 */
@Repository
class GrantReads {

	private final JdbcClient jdbc;

	GrantReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GrantView> unrevoked(Collection<UUID> members) {
		return jdbc
			.sql("""
					select g.id, g.workspace_id, g.member_id, g.role, g.valid_from, g.valid_until,
					       array(select s.kind || ':' || s.key from access.grant_scope s where s.member_grant = g.id) as scopes
					from access.member_grant g where g.member_id = any(?) and g.revoked_at is null""")
			.params((Object) members.toArray(UUID[]::new))
			.query((rs, n) -> new GrantView(new GrantId(rs.getObject("id", UUID.class)),
					new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
					new MemberId(rs.getObject("member_id", UUID.class)), Role.valueOf(rs.getString("role")),
					Arrays.stream((String[]) rs.getArray("scopes").getArray())
						.map(ScopeRef::parse)
						.sorted(ScopeRef.ORDER)
						.toList(),
					rs.getTimestamp("valid_from").toInstant(), instant(rs.getTimestamp("valid_until")), null))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
