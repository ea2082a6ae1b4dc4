package dev.deskhand.audit.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Copies chain heads into the checkpoint files, so that deleting the newest entries (and
 * moving the head back to match) is still detected: a checkpoint names an entry the table
 * must keep. A head is written once {@code deskhand.audit.checkpoint-every} entries were
 * appended since its last checkpoint, every {@code deskhand.audit.checkpoint-interval}
 * when it moved, and when the application stops. Only committed heads are written, so a
 * rolled-back append never leaves a checkpoint the table cannot match. On stop the heads
 * this process committed are written from memory: the database may already be going down
 * in a shutdown hook of its own.
 */
@Component
public class ChainCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);

	private final JdbcClient jdbc;

	private final CheckpointFile file;

	private final Clock clock;

	private final int every;

	/**
	 * The newest position written per workspace by this process; a restart writes each
	 * moved head once more.
	 */
	private final Map<UUID, Long> written = new ConcurrentHashMap<>();

	/** The newest head this process committed per workspace. */
	private final Map<UUID, ChainEntry> committed = new ConcurrentHashMap<>();

	ChainCheckpoints(JdbcClient jdbc, CheckpointFile file, Clock clock,
			@Value("${deskhand.audit.checkpoint-every:100}") int every) {
		this.jdbc = jdbc;
		this.file = file;
		this.clock = clock;
		this.every = Math.max(1, every);
	}

	/** Called after a transaction that appended {@code head} committed. */
	void committed(ChainEntry head) {
		committed.merge(head.workspaceId(), head, (a, b) -> a.seq() >= b.seq() ? a : b);
		if (head.seq() - written.getOrDefault(head.workspaceId(), 0L) >= every) {
			try {
				write(head.workspaceId(), head.seq(), head.mac());
			}
			catch (RuntimeException e) {
				// the change is committed already; the next scheduled checkpoint tries
				// again
				log.warn("Could not checkpoint the audit chain of {}: {}", head.workspaceId(), e.getMessage());
			}
		}
	}

	/** Writes every head that moved since its last checkpoint. */
	@Scheduled(fixedDelayString = "${deskhand.audit.checkpoint-interval:60s}",
			initialDelayString = "${deskhand.audit.checkpoint-interval:60s}")
	public void checkpointAll() {
		jdbc.sql("select workspace_id, seq, mac from audit.chain_head where seq > 0")
			.query((rs, n) -> new Head(rs.getObject("workspace_id", UUID.class), rs.getLong("seq"),
					rs.getString("mac")))
			.list()
			.forEach(head -> write(head.workspace(), head.seq(), head.mac()));
	}

	@PreDestroy
	void onStop() {
		try {
			committed.values().forEach(head -> write(head.workspaceId(), head.seq(), head.mac()));
		}
		catch (RuntimeException e) {
			log.warn("Could not checkpoint the audit chains on shutdown: {}", e.getMessage());
		}
	}

	private synchronized void write(UUID workspace, long seq, String mac) {
		if (seq > written.getOrDefault(workspace, 0L)) {
			file.append(workspace, seq, mac, clock.instant());
			written.put(workspace, seq);
		}
	}

	private record Head(UUID workspace, long seq, String mac) {
	}

}
