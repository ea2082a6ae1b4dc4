package dev.deskhand.work.internal;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.ItemRef;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges, links and snoozes of items ({@code work.item_merge}, {@code work.item_link},
 * {@code work.item.snoozed_until}), each in the caller's transaction with its timeline
 * entries and an {@link AuditableChange}; a change the queue shows sends the live queue's
 * {@code NOTIFY}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ItemRelations {

	private final JdbcClient jdbc;

	private final Timeline timeline;

	private final ItemLifecycle lifecycle;

	private final ApplicationEventPublisher events;

	ItemRelations(JdbcClient jdbc, Timeline timeline, ItemLifecycle lifecycle, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.lifecycle = lifecycle;
		this.events = events;
	}

	/** The item this one was merged into, if it was. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<WorkItemId> survivorOf(WorkItemId merged) {
		return jdbc.sql("select survivor_id from work.item_merge where merged_id = ?")
			.param(merged.value())
			.query(UUID.class)
			.optional()
			.map(WorkItemId::new);
	}

	/**
	 * Merges {@code merged} into {@code survivor}: the merged item is closed and points
	 * at the survivor; items merged into it before now point at the survivor too.
	 * @throws InvalidInputException for {@code /into}: the same item, or either was
	 * merged already
	 */
	public void merge(Actor actor, WorkItem merged, WorkItem survivor, Instant now) {
		if (merged.id.equals(survivor.id)) {
			throw new InvalidInputException("/into", "An item cannot be merged into itself", "relations.error.self");
		}
		if (survivorOf(survivor.id).isPresent()) {
			throw new InvalidInputException("/into", "That item was itself merged into another",
					"relations.error.survivorMerged");
		}
		int inserted = jdbc.sql("""
				insert into work.item_merge (merged_id, survivor_id, workspace_id, merged_by, merged_by_name, merged_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(merged.id.value(), survivor.id.value(), merged.workspace.value(),
					actor.member() == null ? null : actor.member().value(), actor.name(), Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw new InvalidInputException("/into", "This item was merged already", "relations.error.merged");
		}
		jdbc.sql("update work.item_merge set survivor_id = ? where survivor_id = ?")
			.params(survivor.id.value(), merged.id.value())
			.update();
		timeline.append(merged.id, now, actor, TimelineKind.MERGED_INTO,
				Map.of("item", survivor.id.toString(), "reference", survivor.reference()));
		timeline.append(survivor.id, now, actor, TimelineKind.MERGED,
				Map.of("item", merged.id.toString(), "reference", merged.reference()));
		if (merged.status != WorkStatus.CLOSED) {
			lifecycle.changeStatus(merged, actor, WorkStatus.CLOSED, now);
		}
		events.publishEvent(AuditableChange.updated(merged.workspace, "work-item", merged.id, Map.of("mergedInto", ""),
				Map.of("mergedInto", survivor.id.toString()),
				merged.reference() + " merged into " + survivor.reference()));
	}

	/** The items merged into this one, oldest merge first. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ItemRef> mergedInto(WorkItemId survivor) {
		return refs(
				"select i.id, i.number, i.title, i.status, i.scope, i.conversation_id from work.item_merge g "
						+ "join work.item i on i.id = g.merged_id where g.survivor_id = ? order by g.merged_at",
				survivor);
	}

	/** Links two items (both directions); linking twice changes nothing. */
	public void link(Actor actor, WorkItem one, WorkItem other, Instant now) {
		if (one.id.equals(other.id)) {
			throw new InvalidInputException("/to", "An item cannot be linked to itself", "relations.error.self");
		}
		// ordered as PostgreSQL orders uuids (unsigned bytes, not Java's signed compare)
		if (jdbc
			.sql("insert into work.item_link (a, b, workspace_id, created_by, created_at) "
					+ "values (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, ?, ?) on conflict do nothing")
			.params(one.id.value(), other.id.value(), one.id.value(), other.id.value(), one.workspace.value(),
					actor.member() == null ? null : actor.member().value(), Timestamp.from(now))
			.update() == 1) {
			timeline.append(one.id, now, actor, TimelineKind.LINKED,
					Map.of("item", other.id.toString(), "reference", other.reference()));
			timeline.append(other.id, now, actor, TimelineKind.LINKED,
					Map.of("item", one.id.toString(), "reference", one.reference()));
			events.publishEvent(AuditableChange.created(one.workspace, "work-item-link", one.id + "/" + other.id,
					Map.of("from", one.id.toString(), "to", other.id.toString()),
					one.reference() + " linked to " + other.reference()));
		}
	}

	public void unlink(Actor actor, WorkItem one, WorkItem other, Instant now) {
		if (jdbc.sql("delete from work.item_link where a = least(?::uuid, ?::uuid) and b = greatest(?::uuid, ?::uuid)")
			.params(one.id.value(), other.id.value(), one.id.value(), other.id.value())
			.update() == 1) {
			timeline.append(one.id, now, actor, TimelineKind.UNLINKED,
					Map.of("item", other.id.toString(), "reference", other.reference()));
			timeline.append(other.id, now, actor, TimelineKind.UNLINKED,
					Map.of("item", one.id.toString(), "reference", one.reference()));
			events.publishEvent(AuditableChange.deleted(one.workspace, "work-item-link", one.id + "/" + other.id,
					Map.of("from", one.id.toString(), "to", other.id.toString()),
					one.reference() + " unlinked from " + other.reference()));
		}
	}

	/** The items linked to this one, in either direction. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ItemRef> links(WorkItemId item) {
		return refs("select i.id, i.number, i.title, i.status, i.scope, i.conversation_id from work.item_link l "
				+ "join work.item i on i.id = case when l.a = ? then l.b else l.a end where l.a = ? or l.b = ? "
				+ "order by i.number", item, item, item);
	}

	/** Hides the item from the open queue until {@code until}. */
	public void snooze(Actor actor, WorkItem item, Instant until, Instant now) {
		@Nullable Instant before = snoozedUntil(item.id);
		jdbc.sql("update work.item set snoozed_until = ? where id = ?")
			.params(Timestamp.from(until), item.id.value())
			.update();
		timeline.append(item.id, now, actor, TimelineKind.SNOOZED, Map.of("until", until.toString()));
		audit(item.workspace, item, before, until, item.reference() + " snoozed until " + until);
		queueChanged(item.workspace, item.scope);
	}

	/**
	 * Back in the open queue (woken by the watch, an e-mail or a member); false when it
	 * was not snoozed.
	 * @param reason {@code time}, {@code email} or {@code member}
	 */
	public boolean wake(Actor actor, WorkItem item, String reason, Instant now) {
		@Nullable Instant before = snoozedUntil(item.id);
		if (before == null) {
			return false;
		}
		jdbc.sql("update work.item set snoozed_until = null where id = ?").param(item.id.value()).update();
		timeline.append(item.id, now, actor, TimelineKind.UNSNOOZED, Map.of("reason", reason));
		audit(item.workspace, item, before, null, item.reference() + " back from snooze (" + reason + ")");
		queueChanged(item.workspace, item.scope);
		return true;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public @Nullable Instant snoozedUntil(WorkItemId item) {
		return jdbc.sql("select snoozed_until from work.item where id = ?")
			.param(item.value())
			.query((rs, n) -> WorkItems.instant(rs, "snoozed_until"))
			.optional()
			.orElse(null);
	}

	/** The id of the workspace's item {@code W-n}. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<WorkItemId> byNumber(WorkspaceId workspace, long number) {
		return jdbc.sql("select id from work.item where workspace_id = ? and number = ?")
			.params(workspace.value(), number)
			.query(UUID.class)
			.optional()
			.map(WorkItemId::new);
	}

	/**
	 * Snoozed items whose time has come, claimed for this transaction (several
	 * instances).
	 */
	List<WorkItemId> claimDueSnoozes(Instant now, int batch) {
		return jdbc
			.sql("select id from work.item where snoozed_until <= ? order by snoozed_until limit ? "
					+ "for update skip locked")
			.params(Timestamp.from(now), batch)
			.query((rs, n) -> new WorkItemId(rs.getObject(1, UUID.class)))
			.list();
	}

	private void audit(WorkspaceId workspace, WorkItem item, @Nullable Instant before, @Nullable Instant after,
			String summary) {
		Map<String, String> was = new LinkedHashMap<>();
		was.put("snoozedUntil", before == null ? "" : before.toString());
		Map<String, String> now = new LinkedHashMap<>();
		now.put("snoozedUntil", after == null ? "" : after.toString());
		events.publishEvent(AuditableChange.updated(workspace, "work-item", item.id, was, now, summary));
	}

	/** The same message the live queue sends for other changes: workspace and scope. */
	private void queueChanged(WorkspaceId workspace, @Nullable String scope) {
		jdbc.sql("select pg_notify('deskhand_queue', ?)")
			.param(workspace.value() + " " + (scope == null ? "" : scope))
			.query()
			.singleRow();
	}

	private static @Nullable ConversationId conversation(@Nullable UUID id) {
		return id == null ? null : new ConversationId(id);
	}

	private List<ItemRef> refs(String sql, WorkItemId... params) {
		return jdbc.sql(sql)
			.params((Object[]) java.util.Arrays.stream(params).map(WorkItemId::value).toArray(UUID[]::new))
			.query((rs, n) -> new ItemRef(new WorkItemId(rs.getObject("id", UUID.class)),
					WorkItem.reference(rs.getLong("number")), rs.getString("title"),
					WorkStatus.valueOf(rs.getString("status")), rs.getString("scope"),
					conversation(rs.getObject("conversation_id", UUID.class))))
			.list();
	}

}
