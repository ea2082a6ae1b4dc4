package dev.deskhand.billing.invoices.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.InvoiceId;
import dev.deskhand.billing.InvoiceView;
import dev.deskhand.billing.Invoicing;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invoices API of a workspace: the caller's own invoices (an owner: every invoice the
 * workspace received), one invoice, a draft on demand, and issue / send / paid / credit
 * note / discard.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/invoices")
class InvoicesApiController {

	private final AccessPolicy policy;

	private final Invoicing invoicing;

	InvoicesApiController(AccessPolicy policy, Invoicing invoicing) {
		this.policy = policy;
		this.invoicing = invoicing;
	}

	@Operation(summary = "The caller's invoices in this workspace; for an owner every invoice it received")
	@GetMapping
	List<InvoiceView> list(@PathVariable String slug) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		if (m.can(Permission.BILLING_MANAGE)) {
			return invoicing.received(m);
		}
		return invoicing.mine().stream().filter(i -> i.workspace().equals(m.workspace().id())).toList();
	}

	@GetMapping("/{id}")
	InvoiceView get(@PathVariable String slug, @PathVariable UUID id) {
		return invoicing.invoice(policy.require(slug, Permission.BILLING_VIEW), new InvoiceId(id));
	}

	@Operation(summary = "Make (or recalculate) the draft of a contract's billing period containing 'day'",
			description = "Answers 204 when the period has nothing to bill.")
	@PostMapping
	ResponseEntity<InvoiceView> draft(@PathVariable String slug, @RequestBody @Nullable DraftRequest request) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		if (request == null || request.contract() == null) {
			throw new InvalidInputException("/contract", Text.of("billing.invoice.contractNotFound"));
		}
		LocalDate day = request.day() == null ? LocalDate.now(m.workspace().timeZone()) : request.day();
		return invoicing.draft(m, request.contract(), day)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@Operation(summary = "issue, send, paid, credit-note or discard",
			description = "credit-note answers the new credit note; discard (drafts only) answers 204.")
	@PostMapping("/{id}/{action}")
	ResponseEntity<InvoiceView> act(@PathVariable String slug, @PathVariable UUID id, @PathVariable String action) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		InvoiceId invoice = new InvoiceId(id);
		return switch (action) {
			case "issue" -> ResponseEntity.ok(invoicing.issue(m, invoice));
			case "send" -> ResponseEntity.ok(invoicing.send(m, invoice));
			case "paid" -> ResponseEntity.ok(invoicing.markPaid(m, invoice));
			case "credit-note" -> ResponseEntity.ok(invoicing.creditNote(m, invoice));
			case "discard" -> {
				invoicing.discard(m, invoice);
				yield ResponseEntity.noContent().build();
			}
			default -> throw new NotFoundException(Text.of("billing.invoice.notFound"));
		};
	}

	record DraftRequest(@Nullable UUID contract, @Nullable LocalDate day) {
	}

}
