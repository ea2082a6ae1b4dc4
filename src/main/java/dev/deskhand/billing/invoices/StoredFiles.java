package dev.deskhand.billing.invoices;

import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.billing.documents.InvoiceFiles;
import dev.deskhand.documents.DocumentContent;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.shared.WorkspaceId;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders an issued invoice's files and stores them through {@code documents}: the PDF
 * with the time report (for a German client the ZUGFeRD PDF/A-3 with its XML embedded),
 * the time report as CSV, and for a German client the XRechnung XML.
 */
@Component
public class StoredFiles {

	private final InvoiceFiles files;

	private final DocumentStore documents;

	private final InvoiceRows rows;

	private final DocumentAssembly assembly;

	StoredFiles(InvoiceFiles files, DocumentStore documents, InvoiceRows rows, DocumentAssembly assembly) {
		this.files = files;
		this.documents = documents;
		this.rows = rows;
		this.assembly = assembly;
	}

	/** Whether the client gets an e-invoice: German clients. */
	static boolean eInvoice(InvoiceDocument doc) {
		return doc.recipient().country().equals("DE");
	}

	void store(InvoiceRows.Row row, InvoiceDocument doc) {
		WorkspaceId ws = new WorkspaceId(row.workspace());
		String base = assembly.text(doc.language(),
				doc.creditNote() ? "billing.invoice.file.creditNote" : "billing.invoice.file.invoice", doc.number());
		boolean e = eInvoice(doc);
		UUID pdf = store(ws, base + ".pdf", files.pdf(doc, e));
		UUID csv = store(ws, base + ".csv", files.timeReportCsv(doc));
		UUID xml = e ? store(ws, base + "-xrechnung.xml", files.xrechnung(doc)) : null;
		rows.files(row.id(), pdf, csv, xml);
	}

	/** The stored documents to attach to the mail, PDF first. */
	static List<DocumentId> attachments(InvoiceRows.Row row) {
		List<DocumentId> all = new ArrayList<>();
		for (UUID id : new UUID[] { row.pdf(), row.csv(), row.xml() }) {
			if (id != null) {
				all.add(new DocumentId(id));
			}
		}
		return all;
	}

	public DocumentContent read(InvoiceRows.Row row, @Nullable UUID document, String purpose) {
		if (document == null) {
			throw new dev.deskhand.shared.NotFoundException(dev.deskhand.shared.Text.of("billing.invoice.noFile"));
		}
		return documents.readForSystem(new WorkspaceId(row.workspace()), new DocumentId(document), purpose);
	}

	private UUID store(WorkspaceId ws, String name, byte[] content) {
		return documents.storeForSystem(ws, name, new ByteArrayInputStream(content), null).id().value();
	}

}
