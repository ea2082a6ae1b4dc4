package dev.deskhand.work;

import dev.deskhand.parties.PartyId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a queue: what the queue page shows of an item.
 *
 * @param intent the intent code the assistant read (or a person set), or null
 * @param language the e-mail's language code, or null
 */
public record QueueRow(WorkItemId id, String workspaceSlug, String workspaceName, String reference, String type,
		String title, WorkStatus status, Priority priority, @Nullable MemberId assignee, @Nullable String assigneeName,
		@Nullable String customer, List<String> tags, SlaState sla, Instant lastActivityAt, @Nullable PartyId party,
		@Nullable String partyName, @Nullable String intent, @Nullable String language) {

	public QueueRow {
		tags = List.copyOf(tags);
	}

}
