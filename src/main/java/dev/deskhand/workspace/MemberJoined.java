package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A person or agent became a member of a workspace. */
public record MemberJoined(WorkspaceId workspace, MemberId member, @Nullable PersonId person, MemberKind kind) {
}
