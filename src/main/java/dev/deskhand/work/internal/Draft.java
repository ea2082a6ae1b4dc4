package dev.deskhand.work.internal;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkSource;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a new item starts with, already checked. */
public record Draft(String type, String title, Priority priority, @Nullable MemberId assignee,
		@Nullable String assigneeName, @Nullable Instant due, List<String> tags, List<String> links,
		@Nullable String customer, @Nullable String customerName, @Nullable String customerEmail,
		@Nullable ConversationId conversation, WorkSource source, @Nullable String scope) {

	public static Draft of(String type, String title, Priority priority, WorkSource source) {
		return new Draft(type, title, priority, null, null, null, List.of(), List.of(), null, null, null, null, source,
				null);
	}

	public Draft assignedTo(@Nullable MemberId member, @Nullable String name) {
		return new Draft(type, title, priority, member, member == null ? null : name, due, tags, links, customer,
				customerName, customerEmail, conversation, source, scope);
	}

}
