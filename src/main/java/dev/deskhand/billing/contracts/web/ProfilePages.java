package dev.deskhand.billing.contracts.web;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.workspace.PersonId;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The billing profiles: a person's issuer profiles across workspaces
 * ({@code /billing/profiles}) and the workspace's own billing profile as the recipient of
 * invoices (owner only). A refused form shows what was typed again with the reason.
 */
@Controller
class ProfilePages {

	private final AccessPolicy policy;

	private final ContractManagement contracts;

	ProfilePages(AccessPolicy policy, ContractManagement contracts) {
		this.policy = policy;
		this.contracts = contracts;
	}

	@GetMapping("/billing/profiles")
	String issuers(Model model) {
		return issuersPage(model, null, null, null);
	}

	@PostMapping("/billing/profiles")
	String create(@ModelAttribute NewIssuerProfile form, Model model, RedirectAttributes flash) {
		try {
			contracts.createIssuerProfile(me(), form);
			flash.addFlashAttribute("ok", "billing.profile.saved");
			return "redirect:/billing/profiles";
		}
		catch (InvalidInputException e) {
			return issuersPage(model, form, null, e.text());
		}
	}

	@PostMapping("/billing/profiles/{id}")
	String update(@PathVariable UUID id, @ModelAttribute NewIssuerProfile form, Model model, RedirectAttributes flash) {
		try {
			contracts.updateIssuerProfile(me(), id, form);
			flash.addFlashAttribute("ok", "billing.profile.saved");
			return "redirect:/billing/profiles";
		}
		catch (InvalidInputException e) {
			return issuersPage(model, form, id, e.text());
		}
	}

	@PostMapping("/billing/profiles/{id}/logo")
	String logo(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes flash) throws IOException {
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		return act(flash, "/billing/profiles", () -> contracts.setIssuerLogo(me(), id, bytes));
	}

	@GetMapping("/w/{slug}/billing-profile")
	String client(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		var saved = contracts.clientProfile(m);
		return clientPage(model, m,
				saved
					.map(c -> new NewClientProfile(c.legalName(), c.address(), c.country(), c.vatNumber(),
							c.billingEmail(), c.buyerReference()))
					.orElse(new NewClientProfile(m.workspace().name(), "", m.workspace().country(), "", "", "")),
				null);
	}

	@PostMapping("/w/{slug}/billing-profile")
	String saveClient(@PathVariable String slug, @ModelAttribute NewClientProfile form, Model model,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		try {
			contracts.saveClientProfile(m, form);
			flash.addFlashAttribute("ok", "billing.profile.saved");
			return "redirect:/w/" + slug + "/billing-profile";
		}
		catch (InvalidInputException e) {
			return clientPage(model, m, form, e.text());
		}
	}

	private String issuersPage(Model model, @Nullable NewIssuerProfile form, @Nullable UUID editing,
			@Nullable Text error) {
		var rows = contracts.issuerProfiles(me())
			.stream()
			.map(p -> new IssuerRow(p, form != null && p.id().equals(editing) ? form : typed(p)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("form", form != null && editing == null ? form : BLANK);
		model.addAttribute("editing", editing);
		model.addAttribute("error", error);
		model.addAttribute("kinds", IssuerProfileView.Kind.values());
		model.addAttribute("schemes", IssuerProfileView.VatScheme.values());
		return "billing/profiles/issuers";
	}

	/** A profile and the values its form shows. */
	record IssuerRow(IssuerProfileView profile, NewIssuerProfile form) {
	}

	private static final NewIssuerProfile BLANK = new NewIssuerProfile(IssuerProfileView.Kind.PERSON, "", "", "", "",
			"", IssuerProfileView.VatScheme.STANDARD, "", "", "", "", "", 14);

	private static NewIssuerProfile typed(IssuerProfileView p) {
		return new NewIssuerProfile(p.kind(), p.name(), p.address(), p.country(), p.vatNumber(), p.taxNumber(),
				p.vatScheme(), p.email(), p.phone(), p.bankName(), p.iban(), p.bic(), p.paymentDays());
	}

	private String clientPage(Model model, Membership m, NewClientProfile form, @Nullable Text error) {
		ContractPages.page(model, m);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		return "billing/profiles/client";
	}

	private static String act(RedirectAttributes flash, String back, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", "billing.profile.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:" + back;
	}

	private PersonId me() {
		PersonId person = policy.requireCaller().person();
		if (person == null) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.ROLE"));
		}
		return person;
	}

}
