package dev.deskhand.references;

/**
 * A workspace's own form of order, invoice, booking or bill-of-lading numbers: a Java
 * regular expression the whole value (trimmed, or normalised) must match.
 *
 * @param name short name, lower-case letters, digits and hyphens ({@code orders},
 * {@code sap-invoices})
 * @param example a value that matches, shown to people next to the field
 */
public record ReferencePattern(String name, ReferenceType type, String regex, String example) {
}
