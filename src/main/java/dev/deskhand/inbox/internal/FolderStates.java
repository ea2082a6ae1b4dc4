package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far each folder of a mailbox has been fetched (UIDVALIDITY and last UID). */
@Component
public class FolderStates {

	private final JdbcClient jdbc;

	FolderStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public @Nullable State find(MailboxId mailbox, String folder) {
		return jdbc.sql("select uidvalidity, last_uid from inbox.folder_state where mailbox_id = ? and folder = ?")
			.params(mailbox.value(), folder)
			.query((rs, i) -> new State(rs.getLong(1), rs.getLong(2)))
			.optional()
			.orElse(null);
	}

	/** The last UID fetched, or 0 when nothing was fetched under this UIDVALIDITY. */
	public long lastUid(MailboxId mailbox, String folder, long uidValidity) {
		State state = find(mailbox, folder);
		return state == null || state.uidValidity() != uidValidity ? 0 : state.lastUid();
	}

	public void advance(MailboxId mailbox, String folder, long uidValidity, long uid) {
		jdbc.sql("""
				insert into inbox.folder_state (mailbox_id, folder, uidvalidity, last_uid) values (?, ?, ?, ?)
				on conflict (mailbox_id, folder) do update set uidvalidity = excluded.uidvalidity,
				    last_uid = case when inbox.folder_state.uidvalidity = excluded.uidvalidity
				        then greatest(inbox.folder_state.last_uid, excluded.last_uid) else excluded.last_uid end""")
			.params(mailbox.value(), folder, uidValidity, uid)
			.update();
	}

	/** A folder's fetch position. */
	public record State(long uidValidity, long lastUid) {
	}

}
