package dev.deskhand.access;

/** A token just issued, with its secret, which is shown once and never stored. */
public record IssuedToken(TokenView token, String secret) {
}
