package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.inbox.OutgoingView;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table: rows are inserted in the queueing transaction and claimed by the
 * sender with {@code for update skip locked}, so several instances never send one row
 * twice at the same time.
 */
@Repository
public class Outbox {

	/**
	 * A mailbox the outbox sends from: enabled and with a credential. Queued mail of any
	 * other (the demo's, one switched off, an OAuth mailbox nobody signed in to) is held
	 * until it is connected, then sent.
	 */
	static final String CONNECTED = "b.enabled and octet_length(b.credential) > 0";

	private static final String VIEW = "select o.*, (o.status = 'QUEUED' and not (" + CONNECTED + ")) as held "
			+ "from inbox.outgoing o join inbox.mailbox b on b.id = o.mailbox_id";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a QUEUED row; an automatic one only if the conversation has had no
	 * automatic message yet this day (UTC) — a conditional insert on a unique index, so
	 * it holds for concurrent callers too.
	 * @return false when an automatic message was refused for that reason
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean insert(OutgoingId id, WorkspaceId workspace, Mailbox mailbox, ConversationId conversation,
			String rfcMessageId, OutgoingPayload payload, boolean automatic, Instant now, @Nullable String requestKey) {
		// no conflict target: the automatic-day index and the request key both refuse
		return jdbc.sql("""
				insert into inbox.outgoing (id, workspace_id, mailbox_id, conversation_id, rfc_message_id, status,
				    next_attempt_at, payload, automatic, automatic_day, created_at, request_key)
				values (?, ?, ?, ?, ?, 'QUEUED', ?, ?::jsonb, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(id.value(), workspace.value(), mailbox.id().value(), conversation.value(), rfcMessageId,
					Timestamp.from(now), json.writeValueAsString(payload), automatic,
					automatic ? java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)) : null,
					Timestamp.from(now), requestKey)
			.update() == 1;
	}

	/** The message queued earlier with this request key, if any. */
	public Optional<OutgoingId> byRequestKey(WorkspaceId workspace, String requestKey) {
		return jdbc.sql("select id from inbox.outgoing where workspace_id = ? and request_key = ?")
			.params(workspace.value(), requestKey)
			.query((rs, i) -> new OutgoingId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/**
	 * Claims the next due row — QUEUED and due, or SENDING for longer than
	 * {@code staleBefore} (a crash interrupted it) — marks it SENDING and counts the
	 * attempt. Must run in a transaction that commits right after.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Claim> claim(Instant now, Instant staleBefore) {
		Optional<Claim> claim = jdbc.sql("""
				select o.* from inbox.outgoing o
				where (o.status = 'QUEUED' and o.next_attempt_at <= ? and exists (select 1 from inbox.mailbox b
				        where b.id = o.mailbox_id and %s))
				   or (o.status in ('SENDING', 'ACCEPTED') and o.claimed_at < ?)
				order by o.next_attempt_at limit 1 for update of o skip locked""".formatted(CONNECTED))
			.params(Timestamp.from(now), Timestamp.from(staleBefore))
			.query(this::claim)
			.optional();
		claim.ifPresent(c -> jdbc.sql("""
				update inbox.outgoing set status = case when status = 'ACCEPTED' then 'ACCEPTED' else 'SENDING' end,
				    claimed_at = ?, attempts = attempts + 1 where id = ?""")
			.params(Timestamp.from(now), c.id().value())
			.update());
		return claim.map(c -> new Claim(c.id(), c.workspace(), c.mailbox(), c.conversation(), c.rfcMessageId(),
				c.payload(), c.automatic(), c.attempts() + 1, c.interrupted(), c.accepted()));
	}

	/**
	 * The SMTP server accepted the message: one update in a transaction of its own,
	 * committed at once, so a crash of Deskhand from here on never sends it again. The
	 * commit does not wait for the WAL's flush to disk ({@code synchronous_commit} off
	 * for this transaction only): a kill of Deskhand cannot undo it, and it shortens the
	 * stretch between the server's 250 and the mark, where a kill still means a second
	 * copy, from a disk flush to a round trip. Only a crash of PostgreSQL itself within
	 * that moment loses the mark, and then the reply is sent again, never lost.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void markAccepted(OutgoingId id, Instant at) {
		jdbc.sql("set local synchronous_commit = off").update();
		jdbc.sql("update inbox.outgoing set status = 'ACCEPTED', sent_at = ?, claimed_at = ? where id = ?")
			.params(Timestamp.from(at), Timestamp.from(at), id.value())
			.update();
	}

	/**
	 * The SMTP server accepted the message: SENT, whatever happens next. Its copy to the
	 * Sent folder is due now ({@link #claimCopy}), unless {@code copied} says it is
	 * there.
	 */
	public void markSent(OutgoingId id, Instant at, UUID message, boolean copied) {
		jdbc.sql(
				"""
						update inbox.outgoing set status = 'SENT', sent_at = ?, message_id = ?, last_error = null, last_reason = null,
						    copy_due_at = ?, copied_at = ? where id = ?""")
			.params(Timestamp.from(at), message, copied ? null : Timestamp.from(at), copied ? Timestamp.from(at) : null,
					id.value())
			.update();
	}

	/**
	 * Claims the next SENT row whose Sent-folder copy is due and pushes its due time out
	 * by {@code lease} (so a crash mid-copy is retried then). Must run in a transaction
	 * that commits right after.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<CopyClaim> claimCopy(Instant now, java.time.Duration lease) {
		Optional<CopyClaim> claim = jdbc.sql("""
				select * from inbox.outgoing where status = 'SENT' and copy_due_at <= ?
				order by copy_due_at limit 1 for update skip locked""")
			.param(Timestamp.from(now))
			.query((rs, i) -> new CopyClaim(claim(rs, i), rs.getTimestamp("sent_at").toInstant(),
					rs.getInt("copy_attempts") + 1))
			.optional();
		claim.ifPresent(c -> jdbc
			.sql("update inbox.outgoing set copy_due_at = ?, copy_attempts = copy_attempts + 1 where id = ?")
			.params(Timestamp.from(now.plus(lease)), c.claim().id().value())
			.update());
		return claim;
	}

	public void markCopied(OutgoingId id, Instant at) {
		jdbc.sql("update inbox.outgoing set copied_at = ?, copy_due_at = null, copy_error = null where id = ?")
			.params(Timestamp.from(at), id.value())
			.update();
	}

	/** A failed copy: try again at {@code next}, or never when it is null. */
	public void markCopyFailed(OutgoingId id, String error, @Nullable Instant next) {
		jdbc.sql("update inbox.outgoing set copy_error = ?, copy_due_at = ? where id = ?")
			.params(error, next == null ? null : Timestamp.from(next), id.value())
			.update();
	}

	/**
	 * Records a failed attempt: {@code status} QUEUED to retry at {@code next}, SENDING
	 * to check again later whether it went out, FAILED to give up.
	 */
	public void markFailed(OutgoingId id, String status, Text reason, @Nullable Instant next, Instant now) {
		jdbc.sql("update inbox.outgoing set status = ?, last_error = ?, last_reason = ?::jsonb, next_attempt_at = ?, "
				+ "claimed_at = ? where id = ?")
			.params(status, reason.english(), StoredTexts.write(reason), Timestamp.from(next == null ? now : next),
					Timestamp.from(now), id.value())
			.update();
	}

	public List<OutgoingView> ofConversation(ConversationId conversation) {
		return jdbc.sql(VIEW + " where o.conversation_id = ? order by o.created_at")
			.param(conversation.value())
			.query(this::view)
			.list();
	}

	public Optional<OutgoingView> find(OutgoingId id) {
		return jdbc.sql(VIEW + " where o.id = ?").param(id.value()).query(this::view).optional();
	}

	private OutgoingView view(ResultSet rs, int i) throws SQLException {
		OutgoingPayload p = json.readValue(rs.getString("payload"), OutgoingPayload.class);
		Timestamp sent = rs.getTimestamp("sent_at");
		UUID conversation = rs.getObject("conversation_id", UUID.class);
		return new OutgoingView(new OutgoingId(rs.getObject("id", UUID.class)),
				conversation == null ? null : new ConversationId(conversation), rs.getString("rfc_message_id"),
				OutgoingView.Status
					.valueOf("ACCEPTED".equals(rs.getString("status")) ? "SENT" : rs.getString("status")),
				rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				StoredTexts.read(rs.getString("last_reason")), p.to(), p.subject(), rs.getBoolean("automatic"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
				rs.getBoolean("held"));
	}

	private Claim claim(ResultSet rs, int i) throws SQLException {
		return new Claim(new OutgoingId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new dev.deskhand.inbox.MailboxId(rs.getObject("mailbox_id", UUID.class)),
				new ConversationId(rs.getObject("conversation_id", UUID.class)), rs.getString("rfc_message_id"),
				json.readValue(rs.getString("payload"), OutgoingPayload.class), rs.getBoolean("automatic"),
				rs.getInt("attempts"), "SENDING".equals(rs.getString("status")),
				"ACCEPTED".equals(rs.getString("status")));
	}

	/**
	 * A sent row whose copy to the Sent folder is due; {@code attempts} counts this one.
	 */
	public record CopyClaim(Claim claim, Instant sentAt, int attempts) {
	}

	/**
	 * A claimed row. {@code interrupted}: it was found in SENDING, so it may have gone
	 * out before a crash; {@code accepted}: it was found in ACCEPTED, so it went out and
	 * only its recording is left.
	 */
	public record Claim(OutgoingId id, WorkspaceId workspace, dev.deskhand.inbox.MailboxId mailbox,
			ConversationId conversation, String rfcMessageId, OutgoingPayload payload, boolean automatic, int attempts,
			boolean interrupted, boolean accepted) {
	}

}
