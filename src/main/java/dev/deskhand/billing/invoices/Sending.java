package dev.deskhand.billing.invoices;

import dev.deskhand.billing.InvoiceId;
import dev.deskhand.billing.InvoiceSent;
import dev.deskhand.billing.InvoiceStatus;
import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails an issued invoice (or credit note) through the inbox's outbox to the client's
 * billing address, from the workspace's mailbox with {@code Reply-To} the issuer, its
 * PDF, CSV and (German clients) XRechnung XML attached; and the one reminder of an
 * overdue invoice. The mail is queued in the same transaction as the status change.
 */
@Component
public class Sending {

	private final InvoiceRows rows;

	private final InboxManagement inbox;

	private final DocumentAssembly assembly;

	private final ApplicationEventPublisher events;

	Sending(InvoiceRows rows, InboxManagement inbox, DocumentAssembly assembly, ApplicationEventPublisher events) {
		this.rows = rows;
		this.inbox = inbox;
		this.assembly = assembly;
		this.events = events;
	}

	/**
	 * @throws InvalidInputException for {@code /status} (a draft), {@code /mailbox} (the
	 * workspace has no mailbox to send from)
	 */
	@Transactional
	public void send(UUID id, Instant now) {
		InvoiceRows.Row row = rows.lock(id)
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.notFound")));
		if (row.status() == InvoiceStatus.DRAFT) {
			throw new InvalidInputException("/status", Text.of("billing.invoice.notIssued"));
		}
		InvoiceDocument doc = row.document();
		String kind = doc.creditNote() ? "creditNote" : "invoice";
		String subject = assembly.text(doc.language(), "billing.invoice.mail.subject." + kind, doc.number(),
				doc.issuer().name());
		String body = assembly.text(doc.language(), "billing.invoice.mail.body." + kind, doc.number(),
				doc.gross().toPlainString() + " " + doc.currency(), date(doc), doc.issuer().name());
		mail(row, doc, subject, body);
		if (row.status() == InvoiceStatus.ISSUED) {
			rows.status(id, InvoiceStatus.SENT, "sent_at", now);
		}
		WorkspaceId ws = new WorkspaceId(row.workspace());
		events.publishEvent(new InvoiceSent(ws, new InvoiceId(id), doc.recipient().email(), now));
		events.publishEvent(AuditableChange.updated(ws, "invoice", id, row.status().name(), "SENT",
				"Sent invoice " + doc.number() + " to " + doc.recipient().email()));
	}

	/** Marks an unpaid invoice past its due date overdue and e-mails the one reminder. */
	@Transactional
	public void remind(UUID id, Instant now) {
		InvoiceRows.Row row = rows.lock(id).orElseThrow();
		if (row.status() != InvoiceStatus.ISSUED && row.status() != InvoiceStatus.SENT || row.credited()) {
			return;
		}
		rows.status(id, InvoiceStatus.OVERDUE, "reminded_at", now);
		InvoiceDocument doc = row.document();
		mail(row, doc, assembly.text(doc.language(), "billing.invoice.mail.subject.reminder", doc.number()),
				assembly.text(doc.language(), "billing.invoice.mail.body.reminder", doc.number(),
						doc.gross().toPlainString() + " " + doc.currency(), date(doc), doc.issuer().name()));
		events.publishEvent(AuditableChange.updated(new WorkspaceId(row.workspace()), "invoice", id,
				row.status().name(), "OVERDUE", "Invoice " + doc.number() + " overdue, reminder sent"));
	}

	/** Marks it overdue without a mail (the workspace has no mailbox to send from). */
	@Transactional
	public void markOverdue(UUID id, Instant now) {
		InvoiceRows.Row row = rows.lock(id).orElseThrow();
		if (row.status() == InvoiceStatus.ISSUED || row.status() == InvoiceStatus.SENT) {
			rows.status(id, InvoiceStatus.OVERDUE, "reminded_at", now);
			events.publishEvent(AuditableChange.updated(new WorkspaceId(row.workspace()), "invoice", id,
					row.status().name(), "OVERDUE", "Invoice " + row.number() + " overdue"));
		}
	}

	private void mail(InvoiceRows.Row row, InvoiceDocument doc, String subject, String body) {
		inbox.sendSystemMail(new WorkspaceId(row.workspace()), null, doc.recipient().email(), subject, body,
				StoredFiles.attachments(row), doc.issuer().email());
	}

	private static String date(InvoiceDocument doc) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(DocumentAssembly.locale(doc.language()))
			.format(doc.dueDate());
	}

}
