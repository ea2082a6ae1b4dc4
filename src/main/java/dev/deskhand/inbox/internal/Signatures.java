package dev.deskhand.inbox.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each member's e-mail signature in a workspace, appended to the replies they send. */
@Repository
public class Signatures {

	private final JdbcClient jdbc;

	Signatures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String of(WorkspaceId workspace, MemberId member) {
		return jdbc.sql("select text from inbox.signature where workspace_id = ? and member_id = ?")
			.params(workspace.value(), member.value())
			.query(String.class)
			.optional()
			.orElse("");
	}

	public void set(WorkspaceId workspace, MemberId member, String text) {
		jdbc.sql("""
				insert into inbox.signature (workspace_id, member_id, text) values (?, ?, ?)
				on conflict (workspace_id, member_id) do update set text = excluded.text""")
			.params(workspace.value(), member.value(), text)
			.update();
	}

}
