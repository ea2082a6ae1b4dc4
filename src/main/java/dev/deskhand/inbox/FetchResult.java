package dev.deskhand.inbox;

import org.jspecify.annotations.Nullable;

/**
 * What one fetch of a mailbox did.
 *
 * @param stored new messages stored
 * @param duplicates messages skipped because they were stored before (same Message-ID or
 * digest)
 * @param problems messages stored with a parse problem or as a placeholder (too large)
 * @param error why the fetch stopped early (connection, sign-in, another instance is
 * fetching); null when it ran through
 */
public record FetchResult(int stored, int duplicates, int problems, @Nullable String error) {
}
