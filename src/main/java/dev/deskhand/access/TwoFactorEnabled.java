package dev.deskhand.access;

import dev.deskhand.workspace.PersonId;
import java.time.Instant;

/**
 * A person turned two-factor sign-in on (confirmed with a code from their app).
 *
 * @param person who (never null)
 * @param at when (never null)
 */
public record TwoFactorEnabled(PersonId person, Instant at) {
}
