package dev.deskhand.hiring;

import org.jspecify.annotations.Nullable;

/**
 * A step of the workspace's onboarding checklist.
 *
 * @param param SHADOW: how many items (1 to 100); CUSTOM: the text; empty for the others
 * @param daysDue days after the start the step is due (0 to 365)
 */
public record TemplateStep(@Nullable OnboardingStepKind kind, @Nullable String param, int daysDue) {
}
