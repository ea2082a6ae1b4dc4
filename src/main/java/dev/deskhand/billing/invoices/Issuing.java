package dev.deskhand.billing.invoices;

import dev.deskhand.billing.CreditNoteIssued;
import dev.deskhand.billing.InvoiceId;
import dev.deskhand.billing.InvoiceIssued;
import dev.deskhand.billing.InvoiceStatus;
import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a draft (its number from the issuer's gap-free sequence, its document frozen,
 * its files stored) and cancels an issued invoice by a credit note with a number of the
 * same sequence. Each in one transaction with the row locked, so a second click waits and
 * then finds the invoice issued.
 */
@Component
public class Issuing {

	private final InvoiceRows rows;

	private final BillingRecords records;

	private final InvoiceNumbers numbers;

	private final DocumentAssembly assembly;

	private final StoredFiles files;

	private final WorkspaceManagement workspaces;

	private final ApplicationEventPublisher events;

	Issuing(InvoiceRows rows, BillingRecords records, InvoiceNumbers numbers, DocumentAssembly assembly,
			StoredFiles files, WorkspaceManagement workspaces, ApplicationEventPublisher events) {
		this.rows = rows;
		this.records = records;
		this.numbers = numbers;
		this.assembly = assembly;
		this.files = files;
		this.workspaces = workspaces;
		this.events = events;
	}

	/**
	 * @throws InvalidInputException for {@code /status} when it is no longer a draft
	 */
	@Transactional
	public InvoiceDocument issue(UUID id, Instant now) {
		InvoiceRows.Row row = rows.lock(id)
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.notFound")));
		if (row.status() != InvoiceStatus.DRAFT) {
			throw new InvalidInputException("/status", Text.of("billing.invoice.notDraft"));
		}
		BillingRecords.Issuer issuer = records.issuer(row.issuer()).orElseThrow();
		BillingRecords.Client client = records.client(row.workspace())
			.orElseThrow(() -> new InvalidInputException("/client", Text.of("billing.invoice.noClient")));
		LocalDate today = today(row, now);
		String number = numbers.next(row.issuer(), today.getYear());
		InvoiceDocument doc = assembly.refreshed(row.document(), issuer, client, number, today);
		rows.issue(id, doc, now);
		files.store(row, doc);
		WorkspaceId ws = new WorkspaceId(row.workspace());
		events.publishEvent(new InvoiceIssued(ws, new InvoiceId(id), new MemberId(row.member()), number, now));
		events.publishEvent(AuditableChange.updated(ws, "invoice", id, row.document().gross(), doc.gross(),
				"Issued invoice " + number + " " + doc.gross().toPlainString() + " " + doc.currency()));
		return doc;
	}

	/**
	 * A credit note cancelling the whole issued invoice.
	 * @throws InvalidInputException for {@code /status} when the invoice is a draft, a
	 * credit note or already credited
	 */
	@Transactional
	public UUID creditNote(UUID invoice, Instant now) {
		InvoiceRows.Row row = rows.lock(invoice)
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.notFound")));
		if (row.status() == InvoiceStatus.DRAFT || row.creditNote() || row.credited()) {
			throw new InvalidInputException("/status", Text.of("billing.invoice.notCreditable"));
		}
		LocalDate today = today(row, now);
		String number = numbers.next(row.issuer(), today.getYear());
		InvoiceDocument doc = assembly.creditNote(row.document(), number, today);
		UUID id = UUID.randomUUID();
		rows.insertCreditNote(id, row, doc, now);
		files.store(rows.find(id).orElseThrow(), doc);
		WorkspaceId ws = new WorkspaceId(row.workspace());
		events.publishEvent(new CreditNoteIssued(ws, new InvoiceId(id), new InvoiceId(invoice), number, now));
		events.publishEvent(AuditableChange.created(ws, "invoice", id, doc.gross(),
				"Issued credit note " + number + " for invoice " + row.number()));
		return id;
	}

	/**
	 * @throws InvalidInputException for {@code /status} when it is a draft or a credit
	 * note, or already paid
	 */
	@Transactional
	public void markPaid(UUID id, Instant now) {
		InvoiceRows.Row row = rows.lock(id)
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.notFound")));
		if (row.status() == InvoiceStatus.DRAFT || row.status() == InvoiceStatus.PAID || row.creditNote()) {
			throw new InvalidInputException("/status", Text.of("billing.invoice.notPayable"));
		}
		rows.status(id, InvoiceStatus.PAID, "paid_at", now);
		WorkspaceId ws = new WorkspaceId(row.workspace());
		events.publishEvent(new dev.deskhand.billing.InvoicePaid(ws, new InvoiceId(id), now));
		events.publishEvent(AuditableChange.updated(ws, "invoice", id, row.status().name(), "PAID",
				"Invoice " + row.number() + " paid"));
	}

	/** Deletes a draft (nothing was numbered). */
	@Transactional
	public void discard(UUID id) {
		InvoiceRows.Row row = rows.lock(id)
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.notFound")));
		if (row.status() != InvoiceStatus.DRAFT) {
			throw new InvalidInputException("/status", Text.of("billing.invoice.notDraft"));
		}
		rows.delete(id);
		events.publishEvent(AuditableChange.deleted(new WorkspaceId(row.workspace()), "invoice", id,
				row.document().gross(), "Discarded invoice draft " + row.from() + " to " + row.to()));
	}

	private LocalDate today(InvoiceRows.Row row, Instant now) {
		return LocalDate.ofInstant(now,
				workspaces.findWorkspace(new WorkspaceId(row.workspace())).orElseThrow().timeZone());
	}

}
