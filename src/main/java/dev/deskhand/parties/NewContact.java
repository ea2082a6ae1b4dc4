package dev.deskhand.parties;

import org.jspecify.annotations.Nullable;

/** A contact to add or the new values of one. */
public record NewContact(String name, @Nullable String email, @Nullable String phone, @Nullable String language) {
}
