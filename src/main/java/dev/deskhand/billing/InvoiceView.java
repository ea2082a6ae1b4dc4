package dev.deskhand.billing;

import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note as pages and the API show it.
 *
 * @param contract the contract it bills
 * @param number null for a draft
 * @param credits the invoice a credit note cancels, else null
 * @param credited an invoice cancelled by a credit note
 * @param lines as calculated (a draft) or as issued
 * @param vatNote the legally required note in the recipient's language, or empty
 * @param files true when the issued PDF (and CSV, and e-invoice for German clients) are
 * stored
 */
public record InvoiceView(InvoiceId id, WorkspaceId workspace, UUID contract, MemberId member, String issuerName,
		String recipientName, boolean creditNote, @Nullable String number, @Nullable InvoiceId credits,
		boolean credited, InvoiceStatus status, String currency, LocalDate periodFrom, LocalDate periodTo,
		@Nullable LocalDate issueDate, @Nullable LocalDate dueDate, List<InvoiceDocument.Line> lines,
		List<InvoiceDocument.VatLine> vat, BigDecimal net, BigDecimal vatTotal, BigDecimal gross, String vatNote,
		boolean files, boolean eInvoice, Instant createdAt) {

	public InvoiceView {
		lines = List.copyOf(lines);
		vat = List.copyOf(vat);
	}

}
