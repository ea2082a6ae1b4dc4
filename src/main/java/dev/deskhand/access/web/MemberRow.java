package dev.deskhand.access.web;

import dev.deskhand.access.GrantView;
import dev.deskhand.workspace.MemberView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the members page: the member, their live grant (if any), when they accepted
 * the current NDA, and whether the viewer may change this grant (managers never change
 * owners or themselves).
 */
record MemberRow(MemberView member, @Nullable GrantView grant, @Nullable Instant ndaAcceptedAt, boolean live,
		boolean editable) {
}
