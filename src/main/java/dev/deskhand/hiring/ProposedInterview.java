package dev.deskhand.hiring;

import org.jspecify.annotations.Nullable;

/**
 * An interview proposed: either its link went to the bidder by e-mail ({@code link}
 * null), or the workspace cannot send mail and the manager gets the link to pass on.
 */
public record ProposedInterview(InterviewView interview, boolean mailed, @Nullable String link) {
}
