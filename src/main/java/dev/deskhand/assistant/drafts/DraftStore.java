package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Draft;
import dev.deskhand.assistant.DraftStatus;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts and their outcomes ({@code assistant.draft}, {@code assistant.draft_outcome}).
 */
@Repository
public class DraftStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	DraftStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored draft with the message it answers. */
	public record Stored(Draft draft, MessageId message, List<Fact> sources, List<UUID> attachments,
			Instant createdAt) {
	}

	/**
	 * Stores a draft unless the message has one (two requests at once store one): the
	 * stored one either way.
	 */
	public Stored insertOnce(WorkspaceId ws, MessageId message, @Nullable ConversationId conversation,
			DraftMaker.Made made, Instant at) {
		jdbc.sql(
				"""
						insert into assistant.draft (id, workspace_id, message_id, conversation_id, status, reason, language,
						    intent, text, facts, sources, attachments, created_at)
						values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?)
						on conflict (workspace_id, message_id) do nothing""")
			.params(UUID.randomUUID(), ws.value(), message.value(), conversation == null ? null : conversation.value(),
					made.status().code(), reason(made.reason()), made.language(), made.triage().intent().code(),
					made.composed().text(), JSON.writeValueAsString(made.composed().facts()),
					JSON.writeValueAsString(made.gathered().facts()),
					JSON.writeValueAsString(made.composed().attachments().stream().map(d -> d.value()).toList()),
					Timestamp.from(at))
			.update();
		return byMessage(ws, message).orElseThrow();
	}

	public Optional<Stored> byMessage(WorkspaceId ws, MessageId message) {
		return jdbc.sql("select * from assistant.draft where workspace_id = ? and message_id = ?")
			.params(ws.value(), message.value())
			.query(this::row)
			.optional();
	}

	public Optional<Stored> find(WorkspaceId ws, UUID id) {
		return jdbc.sql("select * from assistant.draft where workspace_id = ? and id = ?")
			.params(ws.value(), id)
			.query(this::row)
			.optional();
	}

	/** What became of a draft; a second record of the same draft replaces the first. */
	public record Outcome(String decision, @Nullable String sentText, @Nullable String reason,
			@Nullable Integer editDistance, @Nullable Double editShare, boolean factEdited, List<String> unbacked,
			@Nullable Instant firstOpenedAt, @Nullable Long secondsToSend, Instant decidedAt, UUID member) {
	}

	public void saveOutcome(WorkspaceId ws, UUID draft, Outcome o) {
		jdbc.sql("""
				insert into assistant.draft_outcome (draft_id, workspace_id, decision, sent_text, reason, edit_distance,
				    edit_share, fact_edited, unbacked, first_opened_at, seconds_to_send, decided_at, member_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
				on conflict (draft_id) do update set decision = excluded.decision, sent_text = excluded.sent_text,
				    reason = excluded.reason, edit_distance = excluded.edit_distance, edit_share = excluded.edit_share,
				    fact_edited = excluded.fact_edited, unbacked = excluded.unbacked,
				    first_opened_at = excluded.first_opened_at, seconds_to_send = excluded.seconds_to_send,
				    decided_at = excluded.decided_at, member_id = excluded.member_id""")
			.params(draft, ws.value(), o.decision(), o.sentText(), o.reason(), o.editDistance(), o.editShare(),
					o.factEdited(), JSON.writeValueAsString(o.unbacked()),
					o.firstOpenedAt() == null ? null : Timestamp.from(o.firstOpenedAt()), o.secondsToSend(),
					Timestamp.from(o.decidedAt()), o.member())
			.update();
	}

	public Optional<Outcome> outcome(WorkspaceId ws, UUID draft) {
		return jdbc.sql("select * from assistant.draft_outcome where workspace_id = ? and draft_id = ?")
			.params(ws.value(), draft)
			.query((rs, i) -> {
				Timestamp opened = rs.getTimestamp("first_opened_at");
				return new Outcome(rs.getString("decision"), rs.getString("sent_text"), rs.getString("reason"),
						(Integer) rs.getObject("edit_distance"),
						rs.getBigDecimal("edit_share") == null ? null : rs.getBigDecimal("edit_share").doubleValue(),
						rs.getBoolean("fact_edited"), JSON.readValue(rs.getString("unbacked"), new TypeReference<>() {
						}), opened == null ? null : opened.toInstant(), (Long) rs.getObject("seconds_to_send"),
						rs.getTimestamp("decided_at").toInstant(), rs.getObject("member_id", UUID.class));
			})
			.optional();
	}

	private Stored row(ResultSet rs, int i) throws SQLException {
		List<PlacedFact> facts = JSON.readValue(rs.getString("facts"), new TypeReference<>() {
		});
		List<Fact> sources = JSON.readValue(rs.getString("sources"), new TypeReference<>() {
		});
		List<UUID> attachments = JSON.readValue(rs.getString("attachments"), new TypeReference<>() {
		});
		Draft d = new Draft(rs.getObject("id", UUID.class), DraftStatus.valueOf(rs.getString("status").toUpperCase()),
				reason(rs.getString("reason")), rs.getString("language"), Intent.parse(rs.getString("intent")),
				rs.getString("text"), facts);
		return new Stored(d, new MessageId(rs.getObject("message_id", UUID.class)), sources, attachments,
				rs.getTimestamp("created_at").toInstant());
	}

	/** A reason as {@code {key, args}} (its arguments as strings). */
	public static @Nullable String reason(@Nullable Text reason) {
		return reason == null ? null : JSON.writeValueAsString(Map.of("key", reason.key(), "args",
				java.util.Arrays.stream(reason.args()).map(String::valueOf).toList()));
	}

	public static @Nullable Text reason(@Nullable String json) {
		if (json == null) {
			return null;
		}
		Map<String, Object> m = JSON.readValue(json, new TypeReference<>() {
		});
		List<?> args = (List<?>) m.getOrDefault("args", List.of());
		return Text.of((String) m.get("key"), args.stream().map(String::valueOf).toArray());
	}

}
