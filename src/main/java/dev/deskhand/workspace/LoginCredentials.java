package dev.deskhand.workspace;

import org.jspecify.annotations.Nullable;

/** What the login needs to know about a person: only the access module asks for it. */
public record LoginCredentials(PersonView person, @Nullable String passwordHash) {
}
