package dev.deskhand.billing;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.invoices.BillingRecords;
import dev.deskhand.billing.invoices.Drafting;
import dev.deskhand.billing.invoices.InvoiceRows;
import dev.deskhand.billing.invoices.Issuing;
import dev.deskhand.billing.invoices.Sending;
import dev.deskhand.billing.invoices.StoredFiles;
import dev.deskhand.documents.DocumentContent;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and credit notes: drafts from approved time or resolved tasks, issuing with
 * gap-free numbers, sending, payment, credit notes, and what each reader may see. The
 * assistant (the member a contract bills for) sees and acts on their own invoices in
 * every workspace; the owner ({@link Permission#BILLING_MANAGE}) sees every invoice the
 * workspace received and marks them paid. Anyone else gets a 404.
 */
@Service
public class Invoicing {

	private final InvoiceRows rows;

	private final BillingRecords records;

	private final Drafting drafting;

	private final Issuing issuing;

	private final Sending sending;

	private final StoredFiles files;

	private final AccessPolicy policy;

	private final InvoiceViews views;

	private final Clock clock;

	private final ContractManagement contracts;

	Invoicing(InvoiceRows rows, BillingRecords records, Drafting drafting, Issuing issuing, Sending sending,
			StoredFiles files, AccessPolicy policy, Clock clock, ContractManagement contracts) {
		this.rows = rows;
		this.records = records;
		this.drafting = drafting;
		this.issuing = issuing;
		this.sending = sending;
		this.files = files;
		this.policy = policy;
		this.views = new InvoiceViews();
		this.clock = clock;
		this.contracts = contracts;
	}

	/** The caller's own invoices in every workspace they bill, newest first. */
	@Transactional(readOnly = true)
	public List<InvoiceView> mine() {
		List<UUID> members = policy.memberships(Permission.BILLING_VIEW)
			.stream()
			.map(m -> m.member().id().value())
			.toList();
		return rows.ofMembers(members).stream().map(views::of).toList();
	}

	/** Every issued invoice and credit note the workspace received, newest first. */
	@Transactional(readOnly = true)
	public List<InvoiceView> received(Membership caller) {
		requireManage(caller);
		return rows.ofWorkspace(caller.workspace().id().value()).stream().map(views::of).toList();
	}

	/** Net spend per assistant and month (credit notes subtracted). */
	@Transactional(readOnly = true)
	public List<MonthlySpend> spend(Membership caller) {
		requireManage(caller);
		return rows.spend(caller.workspace().id().value(), caller.workspace().timeZone().getId());
	}

	/** The caller's own contracts in the workspace (to draft an invoice on demand). */
	@Transactional(readOnly = true)
	public List<ContractView> myContracts(Membership caller) {
		if (!caller.can(Permission.BILLING_VIEW)) {
			return List.of();
		}
		return contracts.contracts(caller)
			.stream()
			.filter(c -> c.member().equals(caller.member().id()) && c.status() != ContractView.Status.DRAFT)
			.toList();
	}

	/**
	 * @throws NotFoundException when the caller may not see it
	 */
	@Transactional(readOnly = true)
	public InvoiceView invoice(Membership caller, InvoiceId id) {
		return views.of(visible(caller, id));
	}

	/**
	 * Makes or recalculates the draft of the contract's period containing {@code day}.
	 * @return empty when there is nothing to bill
	 * @throws NotFoundException when the contract is not the caller's (or, for an owner,
	 * not the workspace's)
	 */
	@Transactional
	public java.util.Optional<InvoiceView> draft(Membership caller, UUID contract, LocalDate day) {
		BillingRecords.Contract c = records.contract(contract)
			.filter(x -> x.workspace().equals(caller.workspace().id().value()))
			.filter(x -> x.member().equals(caller.member().id().value()) || caller.can(Permission.BILLING_MANAGE))
			.filter(x -> caller.can(Permission.BILLING_VIEW))
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.contractNotFound")));
		if (c.status().equals("DRAFT")) {
			throw new InvalidInputException("/contract", Text.of("billing.invoice.contractNotActive"));
		}
		LocalDate[] period = dev.deskhand.billing.invoices.Periods.containing(c.billingPeriod(), day);
		return drafting.draft(c, period[0], period[1], clock.instant())
			.map(id -> views.of(rows.find(id).orElseThrow()));
	}

	/** Issues the caller's draft: its number, its files. */
	@Transactional
	public InvoiceView issue(Membership caller, InvoiceId id) {
		own(caller, id);
		issuing.issue(id.value(), clock.instant());
		return invoice(caller, id);
	}

	/** E-mails the caller's issued invoice or credit note to the client. */
	@Transactional
	public InvoiceView send(Membership caller, InvoiceId id) {
		own(caller, id);
		sending.send(id.value(), clock.instant());
		return invoice(caller, id);
	}

	/** Marks an invoice paid (its assistant or the workspace's owner). */
	@Transactional
	public InvoiceView markPaid(Membership caller, InvoiceId id) {
		visible(caller, id);
		issuing.markPaid(id.value(), clock.instant());
		return invoice(caller, id);
	}

	/** Cancels the caller's issued invoice by a credit note; returns the credit note. */
	@Transactional
	public InvoiceView creditNote(Membership caller, InvoiceId id) {
		own(caller, id);
		return invoice(caller, new InvoiceId(issuing.creditNote(id.value(), clock.instant())));
	}

	/** Deletes the caller's draft. */
	@Transactional
	public void discard(Membership caller, InvoiceId id) {
		own(caller, id);
		issuing.discard(id.value());
	}

	/**
	 * A stored file of an issued invoice: {@code pdf}, {@code csv} or {@code xml}; the
	 * read is audited.
	 */
	@Transactional(readOnly = true)
	public DocumentContent file(Membership caller, InvoiceId id, String kind) {
		InvoiceRows.Row row = visible(caller, id);
		UUID document = switch (kind) {
			case "pdf" -> row.pdf();
			case "csv" -> row.csv();
			case "xml" -> row.xml();
			default -> null;
		};
		return files.read(row, document, "invoice " + row.number() + " downloaded");
	}

	private InvoiceRows.Row visible(Membership caller, InvoiceId id) {
		return rows.find(id.value())
			.filter(r -> r.workspace().equals(caller.workspace().id().value()))
			.filter(r -> caller.can(Permission.BILLING_MANAGE) && r.status() != InvoiceStatus.DRAFT
					|| caller.can(Permission.BILLING_VIEW) && r.member().equals(caller.member().id().value()))
			.orElseThrow(() -> new NotFoundException(Text.of("billing.invoice.notFound")));
	}

	private void own(Membership caller, InvoiceId id) {
		InvoiceRows.Row row = visible(caller, id);
		if (!row.member().equals(caller.member().id().value())) {
			throw new NotFoundException(Text.of("billing.invoice.notFound"));
		}
	}

	private static void requireManage(Membership caller) {
		if (!caller.can(Permission.BILLING_MANAGE)) {
			throw new dev.deskhand.access.AccessDenied(dev.deskhand.access.AccessDenied.Reason.ROLE,
					Text.of("denied.ROLE"));
		}
	}

}
