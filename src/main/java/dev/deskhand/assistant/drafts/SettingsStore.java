package dev.deskhand.assistant.drafts;

import dev.deskhand.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspaces' assistant settings ({@code assistant.settings}). */
@Repository
public class SettingsStore {

	private final JdbcClient jdbc;

	SettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public AssistantSettings of(WorkspaceId ws) {
		return jdbc
			.sql("select tone_da, tone_de, sign_off, notice_policy from assistant.settings where workspace_id = ?")
			.param(ws.value())
			.query((rs, i) -> new AssistantSettings("formal".equals(rs.getString(1)), "formal".equals(rs.getString(2)),
					rs.getString(3), "automatic".equals(rs.getString(4))))
			.optional()
			.orElse(AssistantSettings.DEFAULT);
	}

	public void save(WorkspaceId ws, AssistantSettings s, String by, Instant at) {
		jdbc.sql("""
				insert into assistant.settings (workspace_id, tone_da, tone_de, sign_off, notice_policy, updated_by,
				    updated_at) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (workspace_id) do update set tone_da = excluded.tone_da, tone_de = excluded.tone_de,
				    sign_off = excluded.sign_off, notice_policy = excluded.notice_policy,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(ws.value(), s.formalDanish() ? "formal" : "informal", s.formalGerman() ? "formal" : "informal",
					s.signOff(), s.automaticNotices() ? "automatic" : "approval", by, Timestamp.from(at))
			.update();
	}

}
