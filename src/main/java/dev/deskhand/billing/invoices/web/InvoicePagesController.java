package dev.deskhand.billing.invoices.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.InvoiceId;
import dev.deskhand.billing.InvoiceView;
import dev.deskhand.billing.Invoicing;
import dev.deskhand.documents.DocumentContent;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invoice pages: the assistant's invoices across all clients, the workspace's invoices
 * (an owner: every invoice received, with the spend per assistant per month), one invoice
 * with its actions and downloads.
 */
@Controller
class InvoicePagesController {

	private final AccessPolicy policy;

	private final Invoicing invoicing;

	private final WorkspaceManagement workspaces;

	InvoicePagesController(AccessPolicy policy, Invoicing invoicing, WorkspaceManagement workspaces) {
		this.policy = policy;
		this.invoicing = invoicing;
		this.workspaces = workspaces;
	}

	@GetMapping("/billing/invoices")
	String mine(Model model) {
		policy.requireCaller();
		List<InvoiceView> invoices = invoicing.mine();
		Map<WorkspaceId, WorkspaceView> names = workspaces
			.findWorkspaces(invoices.stream().map(InvoiceView::workspace).distinct().toList())
			.stream()
			.collect(Collectors.toMap(WorkspaceView::id, Function.identity()));
		model.addAttribute("invoices", invoices);
		model.addAttribute("workspaces", names);
		return "billing/invoices/mine";
	}

	@GetMapping("/w/{slug}/billing/invoices")
	String workspace(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		boolean owner = m.can(Permission.BILLING_MANAGE);
		model.addAttribute("owner", owner);
		model.addAttribute("invoices", owner ? invoicing.received(m)
				: invoicing.mine().stream().filter(i -> i.workspace().equals(m.workspace().id())).toList());
		model.addAttribute("contracts", invoicing.myContracts(m));
		model.addAttribute("names",
				workspaces.members(m.workspace().id())
					.stream()
					.collect(Collectors.toMap(x -> x.id().value(), MemberView::displayName)));
		model.addAttribute("spend",
				owner ? SpendChart.of(invoicing.spend(m), workspaces.members(m.workspace().id())) : "");
		return "billing/invoices/list";
	}

	@PostMapping("/w/{slug}/billing/invoices/drafts")
	String draft(@PathVariable String slug, @RequestParam(required = false) UUID contract,
			@RequestParam(required = false) LocalDate day, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		if (contract == null) {
			throw new NotFoundException(Text.of("billing.invoice.contractNotFound"));
		}
		try {
			var draft = invoicing.draft(m, contract, day == null ? LocalDate.now(m.workspace().timeZone()) : day);
			if (draft.isPresent()) {
				return "redirect:/w/" + slug + "/billing/invoices/" + draft.get().id();
			}
			flash.addFlashAttribute("error", Text.of("billing.invoice.nothingToBill"));
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/billing/invoices";
	}

	@GetMapping("/w/{slug}/billing/invoices/{id}")
	String invoice(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		InvoiceView invoice = invoicing.invoice(m, new InvoiceId(id));
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("invoice", invoice);
		model.addAttribute("mine", invoice.member().equals(m.member().id()));
		return "billing/invoices/invoice";
	}

	@PostMapping("/w/{slug}/billing/invoices/{id}/{action}")
	String act(@PathVariable String slug, @PathVariable UUID id, @PathVariable String action,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		InvoiceId invoice = new InvoiceId(id);
		try {
			switch (action) {
				case "issue" -> invoicing.issue(m, invoice);
				case "send" -> invoicing.send(m, invoice);
				case "paid" -> invoicing.markPaid(m, invoice);
				case "credit-note" -> {
					return "redirect:/w/" + slug + "/billing/invoices/" + invoicing.creditNote(m, invoice).id();
				}
				case "discard" -> {
					invoicing.discard(m, invoice);
					flash.addFlashAttribute("ok", "billing.invoice.discarded");
					return "redirect:/w/" + slug + "/billing/invoices";
				}
				default -> throw new NotFoundException(Text.of("billing.invoice.notFound"));
			}
			flash.addFlashAttribute("ok", "billing.invoice.done." + action);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/billing/invoices/" + id;
	}

	@GetMapping("/w/{slug}/billing/invoices/{id}/files/{kind}")
	ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID id, @PathVariable String kind) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		DocumentContent content = invoicing.file(m, new InvoiceId(id), kind);
		String name = content.document().name();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"invoice." + kind + "\"; filename*=UTF-8''"
							+ java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(content.document().contentType()))
			.body(content.bytes());
	}

}
