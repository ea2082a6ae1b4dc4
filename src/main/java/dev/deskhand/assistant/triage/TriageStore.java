package dev.deskhand.assistant.triage;

import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.Triage;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stored triages, corrections and training labels, in plain SQL. */
@Repository
public class TriageStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	TriageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored triage: the model's answer, and a person's correction when there is one.
	 */
	public record Stored(WorkspaceId workspace, MessageId message, @Nullable ConversationId conversation,
			String subject, Triage triage, @Nullable PartyId party, List<ShipmentId> shipments, Instant triagedAt,
			@Nullable Intent correctedIntent, @Nullable String correctedLanguage, @Nullable UUID correctedBy,
			@Nullable Instant correctedAt) {

		/** The triage as read: a person's correction wins (then confidence 1). */
		public Triage effective() {
			if (correctedIntent == null && correctedLanguage == null) {
				return triage;
			}
			return new Triage(correctedLanguage != null ? correctedLanguage : triage.language(),
					correctedIntent != null ? correctedIntent : triage.intent(),
					correctedIntent != null ? 1.0 : triage.confidence(), false, triage.urgent(), triage.references());
		}

		public boolean corrected() {
			return correctedAt != null;
		}

	}

	/** A person's label of a message, with its text. */
	public record Label(MessageId message, String subject, String body, Intent intent, @Nullable String language,
			Instant labelledAt) {
	}

	public Optional<Stored> find(WorkspaceId workspace, MessageId message) {
		return jdbc.sql("select * from assistant.triage where message_id = ? and workspace_id = ?")
			.params(message.value(), workspace.value())
			.query(this::stored)
			.optional();
	}

	/** Stores the triage unless the message has one: true when this call stored it. */
	public boolean insert(WorkspaceId workspace, MessageId message, @Nullable ConversationId conversation,
			String subject, Triage t, @Nullable PartyId party, List<ShipmentId> shipments, Instant at) {
		return jdbc.sql("""
				insert into assistant.triage (workspace_id, message_id, conversation_id, subject, language, intent,
				    confidence, needs_person, urgent, "references", party_id, shipments, triaged_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
				on conflict (message_id) do nothing""")
			.params(workspace.value(), message.value(), conversation == null ? null : conversation.value(), subject,
					t.language(), t.intent().code(), t.confidence(), t.needsPerson(), t.urgent(),
					JSON.writeValueAsString(t.references()), party == null ? null : party.value(),
					shipments.stream().map(ShipmentId::value).toArray(UUID[]::new), Timestamp.from(at))
			.update() == 1;
	}

	public void correct(WorkspaceId workspace, MessageId message, Intent intent, @Nullable String language, UUID by,
			Instant at) {
		jdbc.sql("""
				update assistant.triage set corrected_intent = ?, corrected_language = ?, corrected_by = ?,
				    corrected_at = ? where message_id = ? and workspace_id = ?""")
			.params(intent.code(), language, by, Timestamp.from(at), message.value(), workspace.value())
			.update();
	}

	/**
	 * Keeps a person's label as training data; a later label of the message replaces it.
	 */
	public void saveLabel(WorkspaceId workspace, MessageId message, String subject, String body, Intent intent,
			@Nullable String language, UUID by, Instant at) {
		jdbc.sql("""
				insert into assistant.training_label (workspace_id, message_id, subject, body, intent, language,
				    labelled_by, labelled_at) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (message_id) do update set intent = excluded.intent, language = excluded.language,
				    labelled_by = excluded.labelled_by, labelled_at = excluded.labelled_at""")
			.params(workspace.value(), message.value(), subject, body, intent.code(), language, by, Timestamp.from(at))
			.update();
	}

	/** The workspace's labels, oldest first (ties by message), for its own model. */
	public List<Label> labels(WorkspaceId workspace) {
		return jdbc.sql("""
				select message_id, subject, body, intent, language, labelled_at from assistant.training_label
				where workspace_id = ? order by labelled_at, message_id""")
			.param(workspace.value())
			.query((rs, n) -> new Label(new MessageId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
					Intent.parse(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** How many labels the workspace has and the newest one's time (null when none). */
	public long labelCount(WorkspaceId workspace) {
		return jdbc.sql("select count(*) from assistant.training_label where workspace_id = ?")
			.param(workspace.value())
			.query(Long.class)
			.single();
	}

	private Stored stored(ResultSet rs, int n) throws SQLException {
		UUID conversation = rs.getObject("conversation_id", UUID.class);
		UUID party = rs.getObject("party_id", UUID.class);
		List<FoundReference> refs = JSON.readValue(rs.getString("references"),
				new TypeReference<List<FoundReference>>() {
				});
		List<ShipmentId> shipments = new ArrayList<>();
		Array array = rs.getArray("shipments");
		if (array != null) {
			for (Object o : (Object[]) array.getArray()) {
				shipments.add(new ShipmentId((UUID) o));
			}
		}
		Triage t = new Triage(rs.getString("language"), Intent.parse(rs.getString("intent")),
				rs.getDouble("confidence"), rs.getBoolean("needs_person"), rs.getBoolean("urgent"), refs);
		String correctedIntent = rs.getString("corrected_intent");
		Timestamp correctedAt = rs.getTimestamp("corrected_at");
		return new Stored(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new MessageId(rs.getObject("message_id", UUID.class)),
				conversation == null ? null : new ConversationId(conversation), rs.getString("subject"), t,
				party == null ? null : new PartyId(party), shipments, rs.getTimestamp("triaged_at").toInstant(),
				correctedIntent == null ? null : Intent.parse(correctedIntent), rs.getString("corrected_language"),
				rs.getObject("corrected_by", UUID.class), correctedAt == null ? null : correctedAt.toInstant());
	}

}
