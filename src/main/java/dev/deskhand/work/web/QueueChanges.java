package dev.deskhand.work.web;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SlaBreached;
import dev.deskhand.work.SlaWarning;
import dev.deskhand.work.WorkItemAssigned;
import dev.deskhand.work.WorkItemCreated;
import dev.deskhand.work.WorkItemStatusChanged;
import java.io.IOException;
import java.sql.Connection;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live queues across app instances: a change to a work item sends a PostgreSQL
 * {@code NOTIFY} in the changing transaction (so it is delivered only if that commits),
 * every instance {@code LISTEN}s on one connection and tells the browsers watching that
 * workspace's queue, over server-sent events, to reload their rows.
 */
@Component
class QueueChanges implements SmartLifecycle {

	static final String CHANNEL = "deskhand_queue";

	private static final Logger log = LoggerFactory.getLogger(QueueChanges.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();

	private volatile boolean running;

	private Thread listener;

	private final boolean web;

	QueueChanges(JdbcClient jdbc, DataSource dataSource, ApplicationContext context) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		// only a web server has browsers to tell; the command line sends NOTIFY but does
		// not listen
		this.web = context instanceof WebApplicationContext;
	}

	@EventListener
	void on(WorkItemCreated e) {
		notify(e.workspace());
	}

	@EventListener
	void on(WorkItemStatusChanged e) {
		notify(e.workspace());
	}

	@EventListener
	void on(WorkItemAssigned e) {
		notify(e.workspace());
	}

	@EventListener
	void on(SlaWarning e) {
		notify(e.workspace());
	}

	@EventListener
	void on(SlaBreached e) {
		notify(e.workspace());
	}

	private void notify(WorkspaceId workspace) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, workspace.toString()).query().singleRow();
	}

	/** A browser watching the queues of these workspaces. */
	SseEmitter watch(Collection<WorkspaceId> workspaces) {
		SseEmitter emitter = new SseEmitter(30 * 60 * 1000L);
		workspaces.forEach(w -> watchers.computeIfAbsent(w.value(), k -> new CopyOnWriteArraySet<>()).add(emitter));
		Runnable forget = () -> workspaces.forEach(w -> {
			Set<SseEmitter> set = watchers.get(w.value());
			if (set != null) {
				set.remove(emitter);
			}
		});
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(t -> forget.run());
		try {
			// opens the stream at once (headers and a first line), and tells the browser
			// how soon to reconnect
			emitter.send(SseEmitter.event().comment("watching").reconnectTime(5000));
		}
		catch (IOException e) {
			forget.run();
		}
		return emitter;
	}

	private void deliver(String workspace) {
		Set<SseEmitter> set = watchers.get(UUID.fromString(workspace));
		if (set == null) {
			return;
		}
		for (SseEmitter emitter : set) {
			try {
				emitter.send(SseEmitter.event().name("queue-changed").data(workspace));
			}
			catch (IOException | IllegalStateException e) {
				set.remove(emitter);
			}
		}
	}

	private void listen() {
		while (running) {
			try (Connection c = dataSource.getConnection()) {
				c.createStatement().execute("listen " + CHANNEL);
				PGConnection pg = c.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notes = pg.getNotifications(500);
					if (notes != null) {
						for (PGNotification n : notes) {
							deliver(n.getParameter());
						}
					}
				}
			}
			catch (Exception e) {
				if (running) {
					log.warn("Queue change listener lost its connection, retrying: {}", e.getMessage());
					sleep();
				}
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		if (web) {
			listener = Thread.ofVirtual().name("queue-changes").start(this::listen);
		}
	}

	/** Lets the listener give its connection back before the pool closes. */
	@Override
	public void stop() {
		running = false;
		watchers.values().forEach(set -> set.forEach(SseEmitter::complete));
		if (listener != null) {
			try {
				listener.join(java.time.Duration.ofSeconds(2));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
