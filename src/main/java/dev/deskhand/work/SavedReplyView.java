package dev.deskhand.work;

import java.util.UUID;

/**
 * A saved reply of a workspace in one language. The body may contain placeholders:
 * {@code {{customer.name}}}, {@code {{customer.email}}}, {@code {{item.reference}}},
 * {@code {{item.title}}}, {@code {{agent.name}}}.
 */
public record SavedReplyView(UUID id, String language, String name, String body) {
}
