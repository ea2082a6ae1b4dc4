package dev.deskhand.workspace;

import java.time.ZoneId;

/**
 * A person who can log in; never carries the password hash. {@code emailVerified}: the
 * person proved that the address is theirs.
 */
public record PersonView(PersonId id, String email, String displayName, String language, ZoneId timeZone,
		boolean emailVerified) {
}
