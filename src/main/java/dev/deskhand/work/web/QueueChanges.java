package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.shared.DatabaseNotifications;
import dev.deskhand.shared.InTransaction;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SlaBreached;
import dev.deskhand.work.SlaWarning;
import dev.deskhand.work.WorkItemAssigned;
import dev.deskhand.work.WorkItemCreated;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemStatusChanged;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live queues across app instances: a change to a work item sends a PostgreSQL
 * {@code NOTIFY} in the changing transaction (so it is delivered only if that commits),
 * every instance {@code LISTEN}s ({@link DatabaseNotifications}) and tells the browsers
 * watching that workspace's queue, over server-sent events, to reload their rows. Each
 * watcher is told only what the queue page would show them: before every event (and every
 * minute) their access is checked again as on a request — live grant, role, NDA, the
 * item's scope — and a stream whose access has ended, been revoked or changed away is
 * closed.
 */
@Component
class QueueChanges implements SmartLifecycle {

	static final String CHANNEL = "deskhand_queue";

	/** A payload about who is replying on an item, not about the queue. */
	static final String PRESENCE = "presence ";

	private final JdbcClient jdbc;

	/** How often every open stream's access is checked even without events. */
	static final java.time.Duration SWEEP = java.time.Duration.ofMinutes(1);

	private final Map<UUID, Set<Watcher>> watchers = new ConcurrentHashMap<>();

	/** Every open stream, also those watching no workspace yet (closed on shutdown). */
	private final Set<Watcher> open = ConcurrentHashMap.newKeySet();

	private final AccessPolicy policy;

	private volatile boolean running;

	QueueChanges(JdbcClient jdbc, DatabaseNotifications notifications, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
		// one LISTEN connection per instance, shared with the other live pages (only a
		// web
		// server listens; the command line sends NOTIFY but has no browsers to tell)
		notifications.subscribe(CHANNEL, this::deliver);
		notifications.every(SWEEP, this::sweep);
	}

	@EventListener
	void on(WorkItemCreated e) {
		notify(e.workspace(), e.item());
	}

	@EventListener
	void on(WorkItemStatusChanged e) {
		notify(e.workspace(), e.item());
	}

	@EventListener
	void on(WorkItemAssigned e) {
		notify(e.workspace(), e.item());
	}

	@EventListener
	void on(SlaWarning e) {
		notify(e.workspace(), e.item());
	}

	@EventListener
	void on(SlaBreached e) {
		notify(e.workspace(), e.item());
	}

	/**
	 * The workspace and the item's scope (empty: none), for the listeners to filter on.
	 */
	private void notify(WorkspaceId workspace, WorkItemId item) {
		// gathered until the transaction commits: one that changes a hundred items
		// (a batch of tracking exceptions) notifies once per workspace and scope
		InTransaction.synchronization(Changed.class, Changed::new)
			.ifPresentOrElse(changed -> changed.items.put(item.value(), workspace.value()),
					() -> notify(Map.of(item.value(), workspace.value())));
	}

	/** The items the current transaction changed, notified just before it commits. */
	private final class Changed implements TransactionSynchronization {

		private final Map<UUID, UUID> items = new java.util.LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			QueueChanges.this.notify(items);
		}

	}

	/** NOTIFY each workspace and scope of the items (id to workspace) once. */
	private void notify(Map<UUID, UUID> items) {
		jdbc.sql("select pg_notify(?, w || ' ' || s) from (select distinct u.w, coalesce(i.scope, '') as s "
				+ "from unnest(?::uuid[], ?::uuid[]) as u(id, w) left join work.item i on i.id = u.id) n")
			.params(CHANNEL, items.keySet().toArray(UUID[]::new), items.values().toArray(UUID[]::new))
			.query()
			.listOfRows();
	}

	/**
	 * A browser watching the queues of these workspaces, signed in as {@code caller}
	 * (whose access each event is checked against).
	 */
	SseEmitter watch(Collection<WorkspaceId> workspaces, Authentication caller) {
		SseEmitter emitter = new SseEmitter(30 * 60 * 1000L);
		Watcher watcher = new Watcher(emitter, caller, List.copyOf(workspaces));
		open.add(watcher);
		workspaces.forEach(w -> watchers.computeIfAbsent(w.value(), k -> new CopyOnWriteArraySet<>()).add(watcher));
		emitter.onCompletion(() -> forget(watcher));
		emitter.onTimeout(() -> forget(watcher));
		emitter.onError(t -> forget(watcher));
		try {
			// opens the stream at once (headers and a first line), and tells the browser
			// how soon to reconnect
			emitter.send(SseEmitter.event().comment("watching").reconnectTime(5000));
		}
		catch (IOException e) {
			forget(watcher);
		}
		return emitter;
	}

	private void forget(Watcher watcher) {
		open.remove(watcher);
		watcher.workspaces().forEach(w -> {
			Set<Watcher> set = watchers.get(w.value());
			if (set != null) {
				set.remove(watcher);
			}
		});
	}

	private void deliver(String payload) {
		if (payload.startsWith(PRESENCE)) {
			deliverPresence(payload.substring(PRESENCE.length()));
			return;
		}
		int space = payload.indexOf(' ');
		String workspace = space < 0 ? payload : payload.substring(0, space);
		String scope = space < 0 ? "" : payload.substring(space + 1);
		Set<Watcher> set = watchers.get(UUID.fromString(workspace));
		if (set == null) {
			return;
		}
		WorkspaceId id = new WorkspaceId(UUID.fromString(workspace));
		for (Watcher watcher : set) {
			Membership m = membership(watcher, id);
			if (m == null) {
				close(watcher);
			}
			else if (sees(m, scope)) {
				send(watcher, SseEmitter.event().name("queue-changed").data(workspace));
			}
		}
	}

	/**
	 * Someone started or stopped replying on an item ({@code work/internal/Presence}:
	 * {@code presence <workspace> <item> <scope>}): "presence-changed" with the item's id
	 * to the workspace's watchers who see the item.
	 */
	private void deliverPresence(String payload) {
		String[] parts = payload.split(" ", 3);
		Set<Watcher> set = watchers.get(UUID.fromString(parts[0]));
		if (set == null || parts.length < 2) {
			return;
		}
		WorkspaceId id = new WorkspaceId(UUID.fromString(parts[0]));
		String scope = parts.length > 2 ? parts[2] : "";
		for (Watcher watcher : set) {
			Membership m = membership(watcher, id);
			if (m == null) {
				close(watcher);
			}
			else if (sees(m, scope)) {
				send(watcher, SseEmitter.event().name("presence-changed").data(parts[1]));
			}
		}
	}

	/**
	 * As the queue shows it: a scoped member sees only items filed under their scopes.
	 */
	private static boolean sees(Membership m, String scope) {
		if (!m.scoped()) {
			return true;
		}
		return !scope.isEmpty() && m.sees(ScopeRef.parse(scope));
	}

	/** Checks every open stream's access, so an ended grant closes it without events. */
	private void sweep() {
		for (Watcher watcher : Set.copyOf(open)) {
			if (watcher.workspaces().stream().anyMatch(w -> membership(watcher, w) == null)) {
				close(watcher);
			}
			else {
				send(watcher, SseEmitter.event().comment("still watching"));
			}
		}
	}

	/**
	 * The watcher's membership now, read afresh as on a request (null: no longer allowed
	 * to see the queue).
	 */
	private @Nullable Membership membership(Watcher watcher, WorkspaceId workspace) {
		return policy.requireAs(watcher.caller(), workspace, Permission.WORK_VIEW).orElse(null);
	}

	private void send(Watcher watcher, SseEmitter.SseEventBuilder event) {
		try {
			watcher.emitter().send(event);
		}
		catch (IOException | IllegalStateException e) {
			forget(watcher);
		}
	}

	private void close(Watcher watcher) {
		forget(watcher);
		try {
			watcher.emitter().complete();
		}
		catch (IllegalStateException e) {
			// already closed by the browser
		}
	}

	private record Watcher(SseEmitter emitter, Authentication caller, List<WorkspaceId> workspaces) {
	}

	@Override
	public void start() {
		running = true;
	}

	/** Closes the open streams before the app stops. */
	@Override
	public void stop() {
		running = false;
		Set.copyOf(open).forEach(this::close);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
