package dev.deskhand.hiring;

import org.jspecify.annotations.Nullable;

/**
 * A hire just made: whether its invitation was e-mailed, and the invitation's link for
 * the manager to pass on only when the workspace could not mail it (no mailbox).
 */
public record Hired(HireView hire, boolean mailed, @Nullable String link) {
}
