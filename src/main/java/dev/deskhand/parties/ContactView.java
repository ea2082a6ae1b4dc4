package dev.deskhand.parties;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person at a party.
 *
 * @param email lower-cased; unique within the workspace, so a sender matches one party
 * @param language {@code da}, {@code de} or {@code en}; null for the party's language
 */
public record ContactView(UUID id, String name, @Nullable String email, @Nullable String phone,
		@Nullable String language) {
}
