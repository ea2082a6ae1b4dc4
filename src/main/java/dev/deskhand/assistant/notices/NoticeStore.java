package dev.deskhand.assistant.notices;

import dev.deskhand.assistant.DelayNoticeView;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.assistant.drafts.DraftStore;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Delay notices ({@code assistant.delay_notice}), one per tracking exception. */
@Repository
public class NoticeStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A notice as written, before it is stored. */
	public record Written(UUID exception, ShipmentId shipment, String shipmentNumber, @Nullable PartyId customer,
			@Nullable String customerName, String language, @Nullable String recipient, String subject, String text,
			List<PlacedFact> facts, List<Fact> sources, @Nullable Text reason) {
	}

	/** Stores the notice unless the exception has one: true when this call stored it. */
	public boolean insertOnce(WorkspaceId ws, UUID id, Written w, Instant at) {
		return jdbc
			.sql("""
					insert into assistant.delay_notice (id, workspace_id, exception_id, shipment_id, shipment_number,
					    customer_id, customer_name, language, recipient, subject, text, facts, sources, status, reason,
					    created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), 'pending', cast(? as jsonb), ?)
					on conflict (workspace_id, exception_id) do nothing""")
			.params(id, ws.value(), w.exception(), w.shipment().value(), w.shipmentNumber(),
					w.customer() == null ? null : w.customer().value(), w.customerName(), w.language(), w.recipient(),
					w.subject(), w.text(), JSON.writeValueAsString(w.facts()), JSON.writeValueAsString(w.sources()),
					DraftStore.reason(w.reason()), Timestamp.from(at))
			.update() == 1;
	}

	public Optional<DelayNoticeView> find(WorkspaceId ws, UUID id) {
		return jdbc.sql("select * from assistant.delay_notice where workspace_id = ? and id = ?")
			.params(ws.value(), id)
			.query(this::row)
			.optional();
	}

	/** The notice, locked for a decision. */
	public Optional<DelayNoticeView> lock(WorkspaceId ws, UUID id) {
		return jdbc.sql("select * from assistant.delay_notice where workspace_id = ? and id = ? for update")
			.params(ws.value(), id)
			.query(this::row)
			.optional();
	}

	public Optional<DelayNoticeView> forException(WorkspaceId ws, UUID exception) {
		return jdbc.sql("select * from assistant.delay_notice where workspace_id = ? and exception_id = ?")
			.params(ws.value(), exception)
			.query(this::row)
			.optional();
	}

	/** The stored sources of a notice (what its text was verified against). */
	public List<Fact> sources(WorkspaceId ws, UUID id) {
		return jdbc.sql("select sources from assistant.delay_notice where workspace_id = ? and id = ?")
			.params(ws.value(), id)
			.query(String.class)
			.optional()
			.map(s -> JSON.readValue(s, new TypeReference<List<Fact>>() {
			}))
			.orElse(List.of());
	}

	/**
	 * Pending notices oldest first, or decided ones newest first; at most {@code limit}.
	 */
	public List<DelayNoticeView> list(WorkspaceId ws, boolean pending, int limit) {
		return jdbc
			.sql("select * from assistant.delay_notice where workspace_id = ? and (status = 'pending') = ? "
					+ "order by " + (pending ? "created_at" : "coalesce(decided_at, created_at) desc") + " limit ?")
			.params(ws.value(), pending, limit)
			.query(this::row)
			.list();
	}

	public void sent(WorkspaceId ws, UUID id, String text, List<PlacedFact> facts, String by, Instant at,
			ConversationId conversation) {
		jdbc.sql("""
				update assistant.delay_notice set status = 'sent', text = ?, facts = cast(? as jsonb), reason = null,
				    decided_by = ?, decided_at = ?, conversation_id = ? where workspace_id = ? and id = ?""")
			.params(text, JSON.writeValueAsString(facts), by, Timestamp.from(at), conversation.value(), ws.value(), id)
			.update();
	}

	public void rejected(WorkspaceId ws, UUID id, String reason, String by, Instant at) {
		jdbc.sql("""
				update assistant.delay_notice set status = 'rejected', reject_reason = ?, decided_by = ?,
				    decided_at = ? where workspace_id = ? and id = ?""")
			.params(reason, by, Timestamp.from(at), ws.value(), id)
			.update();
	}

	private DelayNoticeView row(ResultSet rs, int i) throws SQLException {
		UUID customer = rs.getObject("customer_id", UUID.class);
		UUID conversation = rs.getObject("conversation_id", UUID.class);
		Timestamp decided = rs.getTimestamp("decided_at");
		List<PlacedFact> facts = JSON.readValue(rs.getString("facts"), new TypeReference<>() {
		});
		return new DelayNoticeView(rs.getObject("id", UUID.class), rs.getObject("exception_id", UUID.class),
				new ShipmentId(rs.getObject("shipment_id", UUID.class)), rs.getString("shipment_number"),
				customer == null ? null : new PartyId(customer), rs.getString("customer_name"),
				rs.getString("language"), rs.getString("recipient"), rs.getString("subject"), rs.getString("text"),
				facts, rs.getString("status"), DraftStore.reason(rs.getString("reason")), rs.getString("reject_reason"),
				rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
				conversation == null ? null : new ConversationId(conversation),
				rs.getTimestamp("created_at").toInstant());
	}

}
