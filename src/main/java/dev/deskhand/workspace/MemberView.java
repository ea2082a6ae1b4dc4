package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member of one workspace. {@code person} is null for agents. */
public record MemberView(MemberId id, WorkspaceId workspace, @Nullable PersonId person, MemberKind kind,
		String displayName, @Nullable String email, ZoneId timeZone, List<WorkingPeriod> workingHours,
		@Nullable LocalTime overlapStart, @Nullable LocalTime overlapEnd, boolean active, Instant joinedAt) {
}
