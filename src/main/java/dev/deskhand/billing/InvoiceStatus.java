package dev.deskhand.billing;

/**
 * Where an invoice (or credit note) is: a DRAFT has no number and may be recalculated;
 * ISSUED has its number and never changes; SENT was e-mailed to the client; PAID; OVERDUE
 * is past its due date unpaid (one reminder was e-mailed).
 */
public enum InvoiceStatus {

	DRAFT, ISSUED, SENT, PAID, OVERDUE

}
