package dev.deskhand.parties;

/** What a CSV import stored: parties created and updated, contacts written. */
public record ImportResult(int created, int updated, int contacts) {
}
