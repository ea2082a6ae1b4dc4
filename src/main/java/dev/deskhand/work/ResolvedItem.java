package dev.deskhand.work;

import java.time.Instant;

/**
 * A work item a member resolved, as billing counts it.
 *
 * @param reference the item's reference, e.g. {@code W-1042}
 * @param type the item's work type now
 * @param resolvedAt when it was first resolved
 */
public record ResolvedItem(WorkItemId id, String reference, String title, String type, Instant resolvedAt) {
}
