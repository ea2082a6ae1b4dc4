package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SopView;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SOPs, versioned per work type (one current version each), and the checklist ticks of
 * items. Ticks belong to an SOP version: a new version starts its checklist afresh.
 */
@Repository
public class Sops {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> LIST = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, type, version, markdown, checklist, require_checklist, created_at";

	private final JdbcClient jdbc;

	Sops(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SopView> current(WorkspaceId workspace, String type) {
		return jdbc.sql("select " + COLUMNS + " from work.sop where workspace_id = ? and type = ? and current")
			.params(workspace.value(), type)
			.query((rs, n) -> view(rs))
			.optional();
	}

	public List<SopView> currentOf(WorkspaceId workspace) {
		return jdbc.sql("select " + COLUMNS + " from work.sop where workspace_id = ? and current order by type")
			.param(workspace.value())
			.query((rs, n) -> view(rs))
			.list();
	}

	/** Publishes a new version of the type's SOP and makes it current. */
	public SopView publish(WorkspaceId workspace, String type, String markdown, List<String> checklist,
			boolean requireChecklist, MemberId by, Instant now) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(workspace + "/sop/" + type).query().listOfRows();
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from work.sop where workspace_id = ? and type = ?")
			.params(workspace.value(), type)
			.query(Integer.class)
			.single();
		jdbc.sql("update work.sop set current = false where workspace_id = ? and type = ? and current")
			.params(workspace.value(), type)
			.update();
		SopView sop = new SopView(UUID.randomUUID(), type, version, markdown, checklist, requireChecklist, now);
		jdbc.sql("insert into work.sop (id, workspace_id, type, version, markdown, checklist, require_checklist, "
				+ "current, created_by, created_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, true, ?, ?)")
			.params(sop.id(), workspace.value(), type, version, markdown, JSON.writeValueAsString(checklist),
					requireChecklist, by.value(), Timestamp.from(now))
			.update();
		return sop;
	}

	/** False when the point was ticked already. */
	public boolean tick(WorkItemId item, UUID sop, int position, MemberId by, Instant now) {
		return jdbc
			.sql("insert into work.checklist_tick (item_id, sop_id, position, ticked_by, ticked_at) "
					+ "values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(item.value(), sop, position, by.value(), Timestamp.from(now))
			.update() == 1;
	}

	/** False when the point was not ticked. */
	public boolean untick(WorkItemId item, UUID sop, int position) {
		return jdbc.sql("delete from work.checklist_tick where item_id = ? and sop_id = ? and position = ?")
			.params(item.value(), sop, position)
			.update() == 1;
	}

	public Set<Integer> ticks(WorkItemId item, UUID sop) {
		return Set.copyOf(jdbc.sql("select position from work.checklist_tick where item_id = ? and sop_id = ?")
			.params(item.value(), sop)
			.query(Integer.class)
			.list());
	}

	private static SopView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SopView(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
				JSON.readValue(rs.getString(5), LIST), rs.getBoolean(6), rs.getTimestamp(7).toInstant());
	}

}
