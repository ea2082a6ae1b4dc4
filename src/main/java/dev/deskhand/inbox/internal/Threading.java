package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a message into a conversation: the one any of its In-Reply-To / References ids
 * (or, for a bounce, the returned message's id) belongs to; else a recent one with the
 * same normalised subject (without reply, forward and auto-reply labels) and the same
 * correspondent; else a new one.
 */
@Component
public class Threading {

	static final Duration SUBJECT_WINDOW = Duration.ofDays(30);

	private static final Pattern PREFIX = Pattern.compile(
			"^\\s*((re|fw|fwd|aw|wg|sv|vs|vb|antw|tr|rif|automatisk svar|autosvar|abwesenheitsnotiz|"
					+ "automatische antwort|out of office|automatic reply|auto[- ]?reply|undeliverable|unzustellbar|"
					+ "kan ikke leveres)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*)+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final JdbcClient jdbc;

	Threading(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The conversation for the message, creating it if needed. */
	public ConversationId conversationFor(WorkspaceId workspace, MailboxId mailbox, @Nullable String inReplyTo,
			List<String> references, String subject, String correspondent, Instant at) {
		List<String> ids = new ArrayList<>(references);
		if (inReplyTo != null) {
			ids.addFirst(inReplyTo);
		}
		Optional<ConversationId> byReference = ids.isEmpty() ? Optional.empty() : jdbc.sql(
				"select conversation_id from inbox.thread_ref where mailbox_id = ? and rfc_message_id = any(?) limit 1")
			.params(mailbox.value(), ids.toArray(String[]::new))
			.query((rs, i) -> new ConversationId(rs.getObject(1, UUID.class)))
			.optional();
		if (byReference.isPresent()) {
			return byReference.get();
		}
		String key = subjectKey(subject);
		if (!key.isEmpty() && !correspondent.isEmpty()) {
			Optional<ConversationId> bySubject = jdbc.sql("""
					select id from inbox.conversation where mailbox_id = ? and subject_key = ? and participants = ?
					    and last_message_at > ? order by last_message_at desc limit 1""")
				.params(mailbox.value(), key, correspondent, Timestamp.from(at.minus(SUBJECT_WINDOW)))
				.query((rs, i) -> new ConversationId(rs.getObject(1, UUID.class)))
				.optional();
			if (bySubject.isPresent()) {
				return bySubject.get();
			}
		}
		ConversationId id = ConversationId.random();
		jdbc.sql("""
				insert into inbox.conversation (id, workspace_id, mailbox_id, subject_key, participants, subject,
				    started_at, last_message_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), workspace.value(), mailbox.value(), key, correspondent, subject, Timestamp.from(at),
					Timestamp.from(at))
			.update();
		return id;
	}

	/** Records that {@code messageId} belongs to the conversation. */
	public void remember(MailboxId mailbox, String messageId, ConversationId conversation) {
		jdbc.sql("insert into inbox.thread_ref (mailbox_id, rfc_message_id, conversation_id) values (?, ?, ?) "
				+ "on conflict do nothing")
			.params(mailbox.value(), messageId, conversation.value())
			.update();
	}

	public void touched(ConversationId conversation, Instant at) {
		jdbc.sql("update inbox.conversation set last_message_at = greatest(last_message_at, ?) where id = ?")
			.params(Timestamp.from(at), conversation.value())
			.update();
	}

	/** The subject without reply/forward prefixes (any language), spaces and case. */
	static String subjectKey(String subject) {
		String s = subject;
		String before;
		do {
			before = s;
			s = PREFIX.matcher(s).replaceFirst("");
		}
		while (!s.equals(before));
		return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}

}
