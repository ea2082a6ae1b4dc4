package dev.deskhand.work;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A work item as the API shows it.
 *
 * @param reference the human reference, e.g. {@code W-1042}
 * @param scope {@code kind:key} or null
 * @param party the customer or carrier it is about, or null
 * @param partyName that party's name when the item was filed (or the party renamed)
 * @param intent what the assistant read its e-mail to ask for (an intent code such as
 * {@code shipment_status}; a person's correction wins), or null
 * @param language the e-mail's language: {@code da}, {@code de}, {@code en} or
 * {@code other}, or null
 * @param needsPerson true when the assistant was unsure and asks a person to classify
 */
public record WorkItemView(WorkItemId id, WorkspaceId workspace, String reference, String type, String title,
		WorkStatus status, Priority priority, @Nullable MemberId assignee, @Nullable String assigneeName,
		@Nullable Instant due, List<String> tags, List<String> links, @Nullable String customer,
		@Nullable String customerName, @Nullable String customerEmail, @Nullable ConversationId conversation,
		WorkSource source, @Nullable String scope, SlaState sla, Instant createdAt, Instant updatedAt,
		Instant lastActivityAt, long version, @Nullable PartyId party, @Nullable String partyName,
		@Nullable String intent, @Nullable String language, boolean needsPerson) {

	public WorkItemView {
		tags = List.copyOf(tags);
		links = List.copyOf(links);
	}

}
