package dev.deskhand.hiring;

/**
 * An onboarding of the signed-in person that is not complete yet: what the header links
 * to until it is done.
 */
public record MyOnboarding(String slug, String workspaceName, long done, long total) {
}
