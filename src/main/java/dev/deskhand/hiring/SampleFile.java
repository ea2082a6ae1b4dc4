package dev.deskhand.hiring;

import org.jspecify.annotations.Nullable;

/**
 * A sample of work as uploaded with a bid: its name and bytes (checked before storing).
 */
public record SampleFile(@Nullable String name, byte[] content) {
}
