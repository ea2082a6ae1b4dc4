package dev.deskhand.shared;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * PostgreSQL {@code LISTEN} for every module on ONE connection per app instance: a module
 * subscribes a channel with a handler (the live queue, the live shipments dashboard), and
 * may ask to be called every so often on the same thread (to check its open streams'
 * access). A change sends {@code NOTIFY} in its own transaction, so a listener hears only
 * what committed. Only a web server listens: the command line sends but has no browsers
 * to tell.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);

	private final DataSource dataSource;

	private final boolean web;

	private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();

	private final List<Tick> ticks = new CopyOnWriteArrayList<>();

	private volatile boolean running;

	private Thread listener;

	DatabaseNotifications(DataSource dataSource, ApplicationContext context) {
		this.dataSource = dataSource;
		this.web = context instanceof WebApplicationContext;
	}

	/**
	 * Calls {@code handler} with the payload of every notification on {@code channel} (a
	 * lower-case identifier), on the listening thread.
	 */
	public void subscribe(String channel, Consumer<String> handler) {
		if (!channel.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("not a channel name: " + channel);
		}
		handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(handler);
	}

	/** Calls {@code task} about every {@code period} on the listening thread. */
	public void every(Duration period, Runnable task) {
		ticks.add(new Tick(period, task, new long[] { System.nanoTime() + period.toNanos() }));
	}

	private record Tick(Duration period, Runnable task, long[] next) {
	}

	private void listen() {
		while (running) {
			try (Connection c = dataSource.getConnection()) {
				Set<String> listening = ConcurrentHashMap.newKeySet();
				PGConnection pg = c.unwrap(PGConnection.class);
				while (running) {
					// a channel subscribed after start is listened to from the next round
					// on
					for (String channel : handlers.keySet()) {
						if (listening.add(channel)) {
							try (Statement s = c.createStatement()) {
								s.execute("listen " + channel);
							}
						}
					}
					for (Tick tick : ticks) {
						if (System.nanoTime() - tick.next()[0] > 0) {
							run(tick.task());
							tick.next()[0] = System.nanoTime() + tick.period().toNanos();
						}
					}
					PGNotification[] notes = pg.getNotifications(500);
					if (notes != null) {
						for (PGNotification n : notes) {
							for (Consumer<String> handler : handlers.getOrDefault(n.getName(), List.of())) {
								run(() -> handler.accept(n.getParameter()));
							}
						}
					}
				}
			}
			catch (Exception e) {
				if (running) {
					log.warn("Database notification listener lost its connection, retrying: {}", e.getMessage());
					sleep();
				}
			}
		}
	}

	/** One handler's failure neither stops the others nor the connection. */
	private static void run(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException e) {
			log.warn("Database notification handler failed: {}", e.toString());
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
			listener = Thread.ofVirtual().name("database-notifications").start(this::listen);
		}
	}

	/**
	 * Lets the listener give its connection back before the pool closes (stopped after
	 * the modules that subscribe, which close their streams first).
	 */
	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			try {
				listener.join(Duration.ofSeconds(2));
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

	/** Starts before and stops after its subscribers (default phase). */
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1;
	}

}
