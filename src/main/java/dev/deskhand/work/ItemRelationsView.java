package dev.deskhand.work;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item's relations to others, as far as the caller may see them.
 *
 * @param mergedInto the item this one was merged into (then it is closed), or null
 * @param merged the items merged into this one, oldest first
 * @param links the related items, either direction
 * @param snoozedUntil hidden from the open queue until then, or null
 */
public record ItemRelationsView(@Nullable ItemRef mergedInto, List<ItemRef> merged, List<ItemRef> links,
		@Nullable Instant snoozedUntil) {

	public ItemRelationsView {
		merged = List.copyOf(merged);
		links = List.copyOf(links);
	}

}
