package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member did in the queue: the work items they resolved, for billing per task,
 * their first replies and the items they opened (a hire's trial and onboarding). The work
 * items a member resolved, for billing per task. An item counts in the span of its
 * <em>first</em> resolution only (reopened and resolved again, it is not billed a second
 * time), and for the member who resolved it or to whom it was assigned at that moment
 * (the latest assignment on its timeline before the status change).
 */
@Service
public class ResolvedWork {

	private final JdbcClient jdbc;

	ResolvedWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Items of the workspace first resolved in {@code [from, to)} by or while assigned to
	 * {@code member}, oldest resolution first; never null.
	 */
	@Transactional(readOnly = true)
	public List<ResolvedItem> resolvedBy(WorkspaceId workspace, MemberId member, Instant from, Instant to) {
		return jdbc.sql("""
				select i.id, i.number, i.title, i.type, s.at
				from work.timeline s
				join work.item i on i.id = s.item_id
				left join lateral (
				    select a.kind, a.data ->> 'member' as member from work.timeline a
				    where a.item_id = s.item_id and a.kind in ('ASSIGNED', 'UNASSIGNED') and a.id < s.id
				    order by a.id desc limit 1) a on true
				where i.workspace_id = :ws and s.kind = 'STATUS_CHANGED' and s.data ->> 'to' = 'RESOLVED'
				  and s.at >= :from and s.at < :to
				  and not exists (select 1 from work.timeline p where p.item_id = s.item_id
				      and p.kind = 'STATUS_CHANGED' and p.data ->> 'to' = 'RESOLVED' and p.id < s.id)
				  and (s.actor_id = :member or (a.kind = 'ASSIGNED' and a.member = :memberText))
				order by s.at, i.id""")
			.param("ws", workspace.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("member", member.value())
			.param("memberText", member.value().toString())
			.query((rs, n) -> new ResolvedItem(new WorkItemId(rs.getObject(1, UUID.class)), "W-" + rs.getLong(2),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * For each item of the workspace whose first reply was queued by {@code member} in
	 * {@code [from, to)}: the time from the item's creation to that reply (a trial's
	 * first-response times), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<java.time.Duration> firstResponses(WorkspaceId workspace, MemberId member, Instant from, Instant to) {
		return jdbc.sql("""
				select extract(epoch from (r.at - i.created_at))::bigint
				from work.timeline r join work.item i on i.id = r.item_id
				where i.workspace_id = :ws and r.kind = 'REPLY_QUEUED' and r.actor_id = :member
				  and r.at >= :from and r.at < :to
				  and not exists (select 1 from work.timeline p where p.item_id = r.item_id
				      and p.kind = 'REPLY_QUEUED' and p.id < r.id)
				order by r.at""")
			.param("ws", workspace.value())
			.param("member", member.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> java.time.Duration.ofSeconds(Math.max(0, rs.getLong(1))))
			.list();
	}

	/**
	 * How many different items of the workspace {@code member} opened since {@code from}
	 * (the item page records a view at most once per member every few minutes).
	 */
	@Transactional(readOnly = true)
	public int itemsViewed(WorkspaceId workspace, MemberId member, Instant from) {
		return jdbc.sql("""
				select count(distinct v.item_id) from work.timeline v join work.item i on i.id = v.item_id
				where i.workspace_id = ? and v.kind = 'VIEWED' and v.actor_id = ? and v.at >= ?""")
			.params(workspace.value(), member.value(), Timestamp.from(from))
			.query(Integer.class)
			.single();
	}

}
