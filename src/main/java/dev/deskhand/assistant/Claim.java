package dev.deskhand.assistant;

/**
 * Something a text states that the grounding verifier could not back with a fact: the
 * characters {@code [start, end)}.
 *
 * @param kind {@code reference, date, time, datetime, amount, number, place}
 * @param reason why: {@code unbacked} (no source states it) or {@code customer-claim}
 * (only the incoming mail states it, and the text does not present it as the customer's
 * own claim)
 */
public record Claim(String kind, String text, int start, int end, String reason) {
}
