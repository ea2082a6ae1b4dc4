package dev.deskhand.work;

import org.jspecify.annotations.Nullable;

/**
 * An SLA policy to add; {@code position} null puts it last, {@code warnShare} null means
 * 0.8.
 */
public record NewSlaPolicy(@Nullable Integer position, String name, @Nullable Priority matchPriority,
		@Nullable String matchType, @Nullable Integer firstResponseMinutes, @Nullable Integer nextResponseMinutes,
		@Nullable Integer resolutionMinutes, @Nullable Double warnShare) {
}
