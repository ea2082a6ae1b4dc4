package dev.deskhand.access;

/**
 * A set-up waiting for its first code: what the person's authenticator app needs.
 *
 * @param qrCode the {@code otpauth://} address as a PNG data URI
 * @param secret the same secret in groups of four, to type in by hand
 */
public record TwoFactorSetUp(String qrCode, String secret) {
}
