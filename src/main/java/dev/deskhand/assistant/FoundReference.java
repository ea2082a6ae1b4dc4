package dev.deskhand.assistant;

/**
 * A reference found in an e-mail.
 *
 * @param type {@code container, awb, ups, s10, order, invoice, booking, bol}, or a
 * courier's {@code courier_code} from the tracking-number data (dhl, fedex, usps ...)
 * @param value normalised: upper case, letters and digits only (air waybills as 11
 * digits)
 * @param valid false only when the type has a check rule and it fails
 * @param quoted true when found only in quoted history (a reply's or forward's older
 * text)
 */
public record FoundReference(String type, String value, boolean valid, boolean quoted) {
}
