package dev.deskhand.billing;

import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.billing.invoices.InvoiceRows;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;

/** Rows as views. */
final class InvoiceViews {

	InvoiceView of(InvoiceRows.Row r) {
		InvoiceDocument d = r.document();
		return new InvoiceView(new InvoiceId(r.id()), new WorkspaceId(r.workspace()), r.contract(),
				new MemberId(r.member()), d.issuer().name(), d.recipient().name(), r.creditNote(), r.number(),
				r.credits() == null ? null : new InvoiceId(r.credits()), r.credited(), r.status(), r.currency(),
				r.from(), r.to(), r.issueDate(), r.dueDate(), d.lines(), d.vat(), d.net(), d.vatTotal(), d.gross(),
				d.vatNote(), r.pdf() != null, r.xml() != null, r.createdAt());
	}

}
