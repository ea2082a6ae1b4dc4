package dev.deskhand.audit.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Copies chain heads into the checkpoint files, so that deleting the newest entries (and
 * moving the head back to match) is still detected: a checkpoint names an entry the table
 * must keep. Every committed head is written right after its transaction commits, in the
 * committing thread, so before the request that made the change is answered; cutting the
 * chain back therefore always leaves a checkpoint beyond the new end, or one whose entry
 * was replaced once the chain was continued. Only committed heads are written (a
 * rolled-back append never leaves a checkpoint the table cannot match), and since a
 * commit is durable (the embedded server runs with {@code synchronous_commit=on}), a
 * checkpoint never names an entry a crash could take back. The heads are also written
 * every {@code deskhand.audit.checkpoint-interval} when they moved, for a write that
 * failed.
 */
@Component
public class ChainCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);

	private final JdbcClient jdbc;

	private final CheckpointFile file;

	private final Clock clock;

	/**
	 * The newest position written per workspace by this process; a restart writes each
	 * moved head once more.
	 */
	private final Map<UUID, Long> written = new ConcurrentHashMap<>();

	ChainCheckpoints(JdbcClient jdbc, CheckpointFile file, Clock clock) {
		this.jdbc = jdbc;
		this.file = file;
		this.clock = clock;
	}

	/** Called after a transaction that appended {@code head} committed. */
	void committed(ChainEntry head) {
		try {
			write(head.workspaceId(), head.seq(), head.mac());
		}
		catch (RuntimeException e) {
			// the change is committed already; the next scheduled checkpoint tries again
			log.warn("Could not checkpoint the audit chain of {}: {}", head.workspaceId(), e.getMessage());
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

	/** One workspace's writes queue behind each other, other workspaces' do not wait. */
	private void write(UUID workspace, long seq, String mac) {
		written.compute(workspace, (ws, before) -> {
			if (before != null && seq <= before) {
				return before;
			}
			file.append(ws, seq, mac, clock.instant());
			return seq;
		});
	}

	private record Head(UUID workspace, long seq, String mac) {
	}

}
