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

	/**
	 * Replaces the scope key {@code from} with {@code to} in these invitations (one that
	 * has both keeps one).
	 */
	void rename(List<InvitationId> invitations, String kind, String from, String to) {
		if (invitations.isEmpty()) {
			return;
		}
		java.util.UUID[] ids = invitations.stream().map(InvitationId::value).toArray(java.util.UUID[]::new);
		jdbc.sql("""
				insert into access.invitation_scope (invitation_id, kind, key)
				select invitation_id, kind, ? from access.invitation_scope
				where invitation_id = any(?) and kind = ? and key = ? on conflict do nothing""")
			.params(to, ids, kind, from)
			.update();
		jdbc.sql("delete from access.invitation_scope where invitation_id = any(?) and kind = ? and key = ?")
			.params(ids, kind, from)
			.update();
	}

	List<ScopeRef> of(InvitationId invitation) {
		return jdbc.sql("select kind, key from access.invitation_scope where invitation_id = ? order by kind, key")
			.params(invitation.value())
			.query((rs, n) -> new ScopeRef(rs.getString("kind"), rs.getString("key")))
			.list();
	}

}
