package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;

/**
 * A record of a file that could not be read as an event. The rest of the file goes on.
 *
 * @param position as in {@link ParsedEvent#position()}
 * @param reason why, in the reader's language (keys {@code ingest.reject.*})
 */
public record Rejection(String position, Text reason) {
}
