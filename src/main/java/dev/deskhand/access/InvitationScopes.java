package dev.deskhand.access;

import dev.deskhand.workspace.InvitationId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scopes an invitation will grant when it is accepted (none: all). */
@Repository
class InvitationScopes {

	private final JdbcClient jdbc;

	InvitationScopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(InvitationId invitation, List<ScopeRef> scopes) {
		for (ScopeRef s : scopes) {
			jdbc.sql(
					"insert into access.invitation_scope (invitation_id, kind, key) values (?, ?, ?) on conflict do nothing")
				.params(invitation.value(), s.kind(), s.key())
				.update();
		}
	}

	List<ScopeRef> of(InvitationId invitation) {
		return jdbc.sql("select kind, key from access.invitation_scope where invitation_id = ? order by kind, key")
			.params(invitation.value())
			.query((rs, n) -> new ScopeRef(rs.getString("kind"), rs.getString("key")))
			.list();
	}

}
