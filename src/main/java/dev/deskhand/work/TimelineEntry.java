package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an item's append-only timeline.
 *
 * @param actor the member who acted, or null for the system
 * @param actorName the member's name at the time, or {@code system}
 * @param data what happened, by kind: e.g. {@code from}/{@code to} for a status change,
 * {@code text} for notes, calls and chats
 */
public record TimelineEntry(long id, WorkItemId item, Instant at, @Nullable MemberId actor, String actorName,
		TimelineKind kind, Map<String, Object> data) {

	public TimelineEntry {
		data = Map.copyOf(data);
	}

}
