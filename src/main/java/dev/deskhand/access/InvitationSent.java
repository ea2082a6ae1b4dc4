package dev.deskhand.access;

import dev.deskhand.workspace.InvitationView;
import org.jspecify.annotations.Nullable;

/**
 * An invitation made: either its link went to the invited address by e-mail and exists
 * nowhere else ({@code link} null), or the workspace cannot send mail and the inviter
 * gets the link to pass on ({@code mailed} false).
 */
public record InvitationSent(InvitationView invitation, boolean mailed, @Nullable String link) {
}
