package dev.deskhand.work;

import org.jspecify.annotations.Nullable;

/**
 * An SLA policy to add (or its new settings); {@code position} is its place, 1 for first
 * (null: before the first catch-all policy, else last; ignored when editing),
 * {@code warnShare} null means 0.8.
 */
public record NewSlaPolicy(@Nullable Integer position, String name, @Nullable Priority matchPriority,
		@Nullable String matchType, @Nullable Integer firstResponseMinutes, @Nullable Integer nextResponseMinutes,
		@Nullable Integer resolutionMinutes, @Nullable Double warnShare) {
}
