package dev.deskhand.audit.internal;

import dev.deskhand.shared.AuditableChange.Action;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to a workspace's chain. The head row is locked first
 * ({@code select ... for update}), so appends to one workspace run one after the other
 * and every entry links to the one before it: the chain never forks. The lock is held
 * until the surrounding transaction ends, which is also what makes the entry part of the
 * change it records. A transaction's later appends to the same chain link to the entry it
 * appended last ({@link ChainsTouched}) without reading the head again: a transaction
 * creating a hundred work items writes a hundred entries, not four hundred statements.
 */
@Component
class ChainAppender {

	private static final int MAX_SUBJECT_TYPE = 100;

	private static final int MAX_SUBJECT_ID = 500;

	private final JdbcClient jdbc;

	private final ChainMac macs;

	private final ChainCheckpoints checkpoints;

	private final Clock clock;

	ChainAppender(JdbcClient jdbc, ChainMac macs, ChainCheckpoints checkpoints, Clock clock) {
		this.jdbc = jdbc;
		this.macs = macs;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction (or starts one): the entry commits or rolls back
	 * with it.
	 */
	@Transactional
	ChainEntry append(WorkspaceId workspace, Actor actor, String subjectType, String subjectId, Action action,
			@Nullable String beforeDigest, @Nullable String afterDigest, String summary) {
		UUID ws = workspace.value();
		Head head = ChainsTouched.last(ws).map(e -> new Head(e.seq(), e.mac())).orElseGet(() -> lock(ws));
		ChainEntry unsigned = new ChainEntry(ws, head.seq() + 1, UUID.randomUUID(),
				clock.instant().truncatedTo(ChronoUnit.MICROS), actor.kind(), actor.id(), clean(actor.name(), 200),
				clean(subjectType, MAX_SUBJECT_TYPE), clean(subjectId, MAX_SUBJECT_ID), action, beforeDigest,
				afterDigest, clean(summary, 2000), head.mac(), "");
		ChainEntry entry = unsigned.withMac(macs.of(unsigned));
		insert(entry);
		ChainsTouched.appended(entry, this::moveHead, checkpoints::committed);
		return entry;
	}

	/**
	 * Moves the chain's head to its entry: once per transaction and chain, just before
	 * the transaction commits (the head stays locked by it until then).
	 */
	private void moveHead(ChainEntry last) {
		jdbc.sql("update audit.chain_head set seq = ?, mac = ? where workspace_id = ?")
			.params(last.seq(), last.mac(), last.workspaceId())
			.update();
	}

	/**
	 * Locks the workspace's head for this transaction and reads it: only for its first
	 * append, a later one links to the entry the transaction appended last (the head it
	 * left, still locked by it).
	 */
	private Head lock(UUID ws) {
		jdbc.sql("insert into audit.chain_head (workspace_id, seq, mac) values (?, 0, ?) on conflict do nothing")
			.params(ws, ChainMac.GENESIS)
			.update();
		return jdbc.sql("select seq, mac from audit.chain_head where workspace_id = ? for update")
			.param(ws)
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("mac")))
			.single();
	}

	private void insert(ChainEntry e) {
		jdbc.sql(
				"""
						insert into audit.entry (workspace_id, seq, id, occurred_at, actor_kind, actor_id, actor_name, subject_type,
						    subject_id, action, before_digest, after_digest, summary, prev_mac, mac)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.workspaceId(), e.seq(), e.id(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC),
					e.actorKind().code(), e.actorId(), e.actorName(), e.subjectType(), e.subjectId(), e.action().name(),
					e.beforeDigest(), e.afterDigest(), e.summary(), e.prevMac(), e.mac())
			.update();
	}

	/**
	 * PostgreSQL text cannot hold NUL; overlong texts are cut rather than failing the
	 * change they record.
	 */
	private static String clean(String text, int max) {
		String t = text.replace('\u0000', '\uFFFD');
		return t.length() <= max ? t : t.substring(0, max - 1) + "…";
	}

	record Head(long seq, String mac) {
	}

}
