package dev.deskhand.access;

import dev.deskhand.workspace.PersonId;
import java.time.Instant;

/**
 * A person turned two-factor sign-in off (with their password and a code).
 *
 * @param person who (never null)
 * @param at when (never null)
 */
public record TwoFactorDisabled(PersonId person, Instant at) {
}
