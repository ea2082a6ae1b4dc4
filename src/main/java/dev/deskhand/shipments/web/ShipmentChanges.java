package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.DatabaseNotifications;
import dev.deskhand.shared.WorkspaceId;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live dashboard: the ingest sends {@code NOTIFY deskhand_shipments, '<workspace>'}
 * once per import transaction; every instance hears it on its one shared {@code LISTEN}
 * connection ({@link DatabaseNotifications}) and tells the browsers watching that
 * workspace's dashboard, over server-sent events, to reload their list
 * ("shipments-changed"). The browser reloads through the ordinary page request, so a
 * scoped member still gets only her customers' rows. Before every event and every minute
 * each watcher's access is checked again as on a request; a stream whose access has ended
 * is closed.
 */
@Component
class ShipmentChanges implements SmartLifecycle {

	static final String CHANNEL = "deskhand_shipments";

	private static final Duration SWEEP = Duration.ofMinutes(1);

	private final AccessPolicy policy;

	private final Map<UUID, Set<ShipmentWatcher>> watchers = new ConcurrentHashMap<>();

	private volatile boolean running;

	ShipmentChanges(AccessPolicy policy, DatabaseNotifications notifications) {
		this.policy = policy;
		notifications.subscribe(CHANNEL, this::deliver);
		notifications.every(SWEEP, this::sweep);
	}

	SseEmitter watch(WorkspaceId workspace, Authentication caller) {
		SseEmitter emitter = new SseEmitter(30 * 60 * 1000L);
		ShipmentWatcher watcher = new ShipmentWatcher(emitter, caller, workspace);
		watchers.computeIfAbsent(workspace.value(), k -> new CopyOnWriteArraySet<>()).add(watcher);
		emitter.onCompletion(() -> forget(watcher));
		emitter.onTimeout(() -> forget(watcher));
		emitter.onError(t -> forget(watcher));
		send(watcher, SseEmitter.event().comment("watching").reconnectTime(5000));
		return emitter;
	}

	private void deliver(String payload) {
		UUID workspace;
		try {
			workspace = UUID.fromString(payload.trim());
		}
		catch (IllegalArgumentException e) {
			return;
		}
		for (ShipmentWatcher watcher : watchers.getOrDefault(workspace, Set.of())) {
			if (allowed(watcher)) {
				send(watcher, SseEmitter.event().name("shipments-changed").data(payload.trim()));
			}
			else {
				close(watcher);
			}
		}
	}

	private void sweep() {
		watchers.values().forEach(set -> set.forEach(watcher -> {
			if (allowed(watcher)) {
				send(watcher, SseEmitter.event().comment("still watching"));
			}
			else {
				close(watcher);
			}
		}));
	}

	/** The watcher may still read the workspace's shipments, as on a request now. */
	private boolean allowed(ShipmentWatcher watcher) {
		return policy.requireAs(watcher.caller(), watcher.workspace(), Permission.WORK_VIEW).isPresent();
	}

	private void send(ShipmentWatcher watcher, SseEmitter.SseEventBuilder event) {
		try {
			watcher.emitter().send(event);
		}
		catch (IOException | IllegalStateException e) {
			forget(watcher);
		}
	}

	private void forget(ShipmentWatcher watcher) {
		Set<ShipmentWatcher> set = watchers.get(watcher.workspace().value());
		if (set != null) {
			set.remove(watcher);
		}
	}

	private void close(ShipmentWatcher watcher) {
		forget(watcher);
		try {
			watcher.emitter().complete();
		}
		catch (IllegalStateException e) {
			// already closed by the browser
		}
	}

	private record ShipmentWatcher(SseEmitter emitter, Authentication caller, WorkspaceId workspace) {
	}

	@Override
	public void start() {
		running = true;
	}

	/** Closes the open streams before the app stops. */
	@Override
	public void stop() {
		running = false;
		watchers.values().forEach(set -> set.forEach(this::close));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
