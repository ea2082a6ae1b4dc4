package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.internal.Actor;
import dev.deskhand.work.internal.Timeline;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time spent on work items, as the timesheets module records it: one timeline entry
 * ({@link TimelineKind#TIME_LOGGED}) per stopped timer or added entry, in the caller's
 * transaction. The timesheets module has checked the member's access when the time was
 * recorded; an item that no longer exists in the workspace is skipped.
 */
@Service
public class ItemTime {

	private final Timeline timeline;

	private final JdbcClient jdbc;

	private final WorkspaceManagement workspaces;

	ItemTime(Timeline timeline, JdbcClient jdbc, WorkspaceManagement workspaces) {
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.workspaces = workspaces;
	}

	/**
	 * Appends {@code spent} (whole minutes) by {@code member} to the item's timeline at
	 * {@code at}; nothing for an item not in the workspace or under a minute.
	 */
	@Transactional
	public void recordTime(WorkspaceId workspace, WorkItemId item, MemberId member, Duration spent, Instant at) {
		long minutes = spent.toMinutes();
		boolean exists = jdbc.sql("select exists (select 1 from work.item where id = ? and workspace_id = ?)")
			.params(item.value(), workspace.value())
			.query(Boolean.class)
			.single();
		if (!exists || minutes < 1) {
			return;
		}
		String name = workspaces.findMember(member).map(m -> m.displayName()).orElse("?");
		timeline.append(item, at, new Actor(member, name), TimelineKind.TIME_LOGGED, Map.of("minutes", minutes));
	}

}
