package dev.deskhand.work.internal;

import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assistant's drafts offered on items and the one decision taken on each
 * ({@code work.item_draft}): approved, edited or rejected, recorded once however often
 * the form is sent.
 */
@Repository
public class ItemDrafts {

	private final JdbcClient jdbc;

	ItemDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Notes that the draft was offered on the item (once). */
	public void offered(UUID draft, WorkItemId item, UUID message) {
		jdbc.sql("insert into work.item_draft (draft_id, item_id, message_id) values (?, ?, ?) on conflict do nothing")
			.params(draft, item.value(), message)
			.update();
	}

	/** The decision taken on the draft, if any. */
	public Optional<String> decision(UUID draft) {
		return jdbc.sql("select decision from work.item_draft where draft_id = ? and decision is not null")
			.param(draft)
			.query(String.class)
			.optional();
	}

	/** Records the decision; false when the draft is not the item's or was decided. */
	public boolean decide(UUID draft, WorkItemId item, String decision, MemberId by, Instant at) {
		return jdbc.sql("""
				update work.item_draft set decision = ?, decided_by = ?, decided_at = ?
				where draft_id = ? and item_id = ? and decision is null""")
			.params(decision, by.value(), Timestamp.from(at), draft, item.value())
			.update() == 1;
	}

}
