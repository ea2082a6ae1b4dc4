package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.Line;
import dev.deskhand.billing.documents.InvoiceDocument.VatLine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;

/**
 * An {@link InvoiceDocument} as Mustangproject's EN 16931 invoice: seller and buyer with
 * VAT number (BT-31/BT-48) or Steuernummer (BT-32), contact and electronic address, the
 * buyer reference (BT-10), the service period (BG-14), one item per line with its VAT
 * category S / E / AE / O and exemption reason, SEPA transfer to the issuer's IBAN, and
 * for a credit note type 381 referencing the credited invoice (BT-25). Parties:
 * {@link EInvoiceParties}.
 * <p>
 * Mustang recomputes line and VAT totals from quantity × unit price with the same rule
 * (each line rounded half up to cents, VAT per category on the sum of its lines), so the
 * XML states the amounts the PDF shows. A document without a buyer reference gets its own
 * number as BT-10, which XRechnung requires (only public clients have a Leitweg-ID). A
 * seller without a VAT number (§ 19 UStG) is identified by its Steuernummer as BT-29 too
 * (BR-CO-26).
 */
final class EInvoiceMapping {

	private EInvoiceMapping() {
	}

	/**
	 * The document as Mustang's invoice; {@code paymentTerms} is the payment terms' text
	 * in the document's language (BT-20).
	 */
	static Invoice of(InvoiceDocument document, String paymentTerms) {
		if (document.number().isBlank()) {
			throw new IllegalArgumentException("A draft (no number yet) has no e-invoice");
		}
		boolean notSubject = document.vat().stream().allMatch(v -> "O".equals(v.category()));
		Invoice invoice = new Invoice().setNumber(document.number())
			.setIssueDate(date(document.issueDate()))
			.setDueDate(date(document.dueDate()))
			.setDetailedDeliveryPeriod(date(document.periodFrom()), date(document.periodTo()))
			.setCurrency(document.currency())
			.setSender(EInvoiceParties.seller(document, notSubject))
			.setRecipient(EInvoiceParties.party(document.recipient(), notSubject))
			.setReferenceNumber(blank(document.buyerReference()) ? document.number() : document.buyerReference());
		if (document.creditNote()) {
			invoice.setCreditNote();
			if (document.credits() != null) {
				invoice.setInvoiceReferencedDocumentID(document.credits());
			}
		}
		else {
			invoice.setPaymentTermDescription(paymentTerms);
		}
		if (!document.vatNote().isBlank()) {
			invoice.addNote(document.vatNote());
		}
		for (Line line : document.lines()) {
			invoice.addItem(new Item(product(line, document.vat()), line.unitPrice(), line.quantity()));
		}
		return invoice;
	}

	private static Product product(Line line, List<VatLine> vat) {
		Product product = new Product(line.description(), "", line.unit(), line.vatRate());
		product.setTaxCategoryCode(line.vatCategory());
		if (!"S".equals(line.vatCategory())) {
			product.setTaxExemptionReason(exemptionReason(line, vat));
		}
		return product;
	}

	private static String exemptionReason(Line line, List<VatLine> vat) {
		return vat.stream()
			.filter(v -> v.category().equals(line.vatCategory()))
			.map(EInvoiceMapping::exemptionReason)
			.findFirst()
			.orElse(defaultReason(line.vatCategory()));
	}

	/** The VAT line's exemption reason, or a standard one for its category. */
	static String exemptionReason(VatLine vat) {
		return blank(vat.exemptionReason()) ? defaultReason(vat.category()) : vat.exemptionReason();
	}

	private static String defaultReason(String category) {
		return switch (category) {
			case "AE" -> "Reverse charge";
			case "E" -> "Kleinunternehmer gemäß § 19 UStG";
			default -> "Not subject to VAT";
		};
	}

	/** Noon in the JVM's zone: the same calendar day however Mustang formats it. */
	private static Date date(LocalDate date) {
		return Date.from(date.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
