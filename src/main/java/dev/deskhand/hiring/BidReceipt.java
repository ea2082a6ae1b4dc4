package dev.deskhand.hiring;

/**
 * A bid just received, with the key of its own link ({@code /bids/{id}?key=…}): shown and
 * mailed once, kept only as its digest.
 */
public record BidReceipt(BidView bid, String key) {
}
