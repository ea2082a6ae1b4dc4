package dev.deskhand.billing.invoices;

import dev.deskhand.billing.documents.InvoiceDocument;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.timesheets.ApprovedTime;
import dev.deskhand.timesheets.Timesheets;
import dev.deskhand.work.ResolvedItem;
import dev.deskhand.work.ResolvedWork;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes (or recalculates) the draft of one contract's period from approved time or
 * resolved tasks. Idempotent: a period has at most one invoice (a unique index), an
 * issued one is never touched, and an unchanged draft is not written again.
 */
@Component
public class Drafting {

	private final BillingRecords records;

	private final InvoiceRows rows;

	private final DocumentAssembly assembly;

	private final Timesheets timesheets;

	private final ResolvedWork resolvedWork;

	private final WorkspaceManagement workspaces;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	Drafting(BillingRecords records, InvoiceRows rows, DocumentAssembly assembly, Timesheets timesheets,
			ResolvedWork resolvedWork, WorkspaceManagement workspaces, ApplicationEventPublisher events,
			JsonMapper json) {
		this.records = records;
		this.rows = rows;
		this.assembly = assembly;
		this.timesheets = timesheets;
		this.resolvedWork = resolvedWork;
		this.workspaces = workspaces;
		this.events = events;
		this.json = json;
	}

	/**
	 * The draft of the contract's period {@code [from, to]} (days in the workspace's
	 * zone, cut to the contract's days), or empty when there is nothing to bill.
	 * @throws InvalidInputException for {@code /client} when the workspace has no billing
	 * profile, {@code /issuer} when the issuer's VAT is not known
	 */
	@Transactional
	public Optional<UUID> draft(BillingRecords.Contract c, LocalDate periodFrom, LocalDate periodTo, Instant now) {
		LocalDate from = c.startsOn().isAfter(periodFrom) ? c.startsOn() : periodFrom;
		LocalDate to = c.endsOn() != null && c.endsOn().isBefore(periodTo) ? c.endsOn() : periodTo;
		if (to.isBefore(from)) {
			return Optional.empty();
		}
		Optional<InvoiceRows.Row> existing = rows.ofPeriod(c.id(), from);
		if (existing.isPresent() && !existing.get().status().name().equals("DRAFT")) {
			return Optional.of(existing.get().id());
		}
		WorkspaceView ws = workspaces.findWorkspace(new WorkspaceId(c.workspace())).orElseThrow();
		ZoneId zone = ws.timeZone();
		BillingRecords.Client client = records.client(c.workspace())
			.orElseThrow(() -> new InvalidInputException("/client", Text.of("billing.invoice.noClient")));
		BillingRecords.Issuer issuer = records.issuer(c.issuer()).orElseThrow();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		MemberId member = new MemberId(c.member());
		List<ApprovedTime> time = timesheets.approvedTime(ws.id(), member, start, end);
		List<ResolvedItem> resolved = c.kind().equals("PER_TASK") ? resolvedWork.resolvedBy(ws.id(), member, start, end)
				: List.of();
		VatRules.Decision vat = VatRules.decide(issuer.country(), issuer.vatScheme(), client.country(),
				client.vatNumber());
		Calculation calc = InvoiceCalculator.calculate(records.terms(c), from, to, zone, time, resolved, vat);
		if (calc.lines().isEmpty()) {
			return existing.map(InvoiceRows.Row::id);
		}
		InvoiceDocument doc = assembly.draft(ws.defaultLanguage(), LocalDate.ofInstant(now, zone), from, to,
				c.currency(), issuer, client, calc, time, zone);
		if (existing.isPresent()) {
			if (!json.writeValueAsString(existing.get().document()).equals(json.writeValueAsString(doc))) {
				rows.updateDraft(existing.get().id(), doc);
				events.publishEvent(AuditableChange.updated(ws.id(), "invoice", existing.get().id(),
						existing.get().document().gross(), doc.gross(),
						"Recalculated invoice draft " + from + " to " + to));
			}
			return Optional.of(existing.get().id());
		}
		UUID id = UUID.randomUUID();
		if (!rows.insertDraft(id, c, doc, now)) {
			return rows.ofPeriod(c.id(), from).map(InvoiceRows.Row::id);
		}
		events.publishEvent(AuditableChange.created(ws.id(), "invoice", id, doc.gross(),
				"Drafted invoice " + from + " to " + to + " " + doc.gross().toPlainString() + " " + doc.currency()));
		return Optional.of(id);
	}

}
