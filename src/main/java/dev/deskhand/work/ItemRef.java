package dev.deskhand.work;

import dev.deskhand.inbox.ConversationId;
import org.jspecify.annotations.Nullable;

/** Another item as an item's relations name it: merged into it, or linked to it. */
public record ItemRef(WorkItemId id, String reference, String title, WorkStatus status, @Nullable String scope,
		@Nullable ConversationId conversation) {
}
