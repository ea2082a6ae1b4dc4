package dev.deskhand.work;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An SLA policy: targets in minutes of business time for items matching a priority and
 * type (null matches any). A workspace's policies are numbered 1, 2, 3 … in
 * {@code position}, tried in that order, and the first match wins.
 *
 * @param warnShare the share of a target after which a warning is raised, e.g. 0.8
 */
public record SlaPolicyView(UUID id, int position, String name, @Nullable Priority matchPriority,
		@Nullable String matchType, @Nullable Integer firstResponseMinutes, @Nullable Integer nextResponseMinutes,
		@Nullable Integer resolutionMinutes, double warnShare) {

	/** Whether it matches every item (no priority, no type). */
	public boolean catchAll() {
		return matchPriority == null && matchType == null;
	}

	public boolean matches(Priority priority, String type) {
		return (matchPriority == null || matchPriority == priority) && (matchType == null || matchType.equals(type));
	}

}
