package dev.deskhand.assistant;

/**
 * A fact as it stands in a text: the characters {@code [start, end)} of the text state
 * {@code value}, backed by {@code source} ({@code type:id:field}, or {@link Fact#MESSAGE}
 * for the customer's own claim). The UI highlights the span and shows the source on
 * hover.
 */
public record PlacedFact(String kind, String value, String source, int start, int end) {
}
