package dev.deskhand.billing.contracts.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractId;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.NewRate;
import dev.deskhand.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract pages: the owner's list of every contract and the form to offer one, an
 * assistant's own contracts; the contract page with its terms, trial, rates and their
 * history, the clauses (the assistant accepts them there), a new rate and the end (the
 * owner). A refused form is shown again with the reason; nothing typed is lost.
 */
@Controller
class ContractPages {

	private final AccessPolicy policy;

	private final ContractManagement contracts;

	ContractPages(AccessPolicy policy, ContractManagement contracts) {
		this.policy = policy;
		this.contracts = contracts;
	}

	@GetMapping("/w/{slug}/contracts")
	String list(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		page(model, m);
		model.addAttribute("contracts", contracts.contracts(m));
		return "billing/contracts/list";
	}

	@GetMapping("/w/{slug}/contracts/new")
	String newForm(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		return form(model, m, ContractForm.blank(today(m)), null);
	}

	@PostMapping("/w/{slug}/contracts")
	String create(@PathVariable String slug, @ModelAttribute ContractForm form, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		try {
			ContractView c = contracts.create(m, form.toNew());
			return "redirect:/w/" + slug + "/contracts/" + c.id();
		}
		catch (InvalidInputException e) {
			return form(model, m, form, e);
		}
	}

	@GetMapping("/w/{slug}/contracts/{id}")
	String contract(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		ContractView c = contracts.contract(m, new ContractId(id));
		page(model, m);
		LocalDate today = today(m);
		model.addAttribute("c", c);
		model.addAttribute("today", today);
		model.addAttribute("current", c.ratesFrom(today));
		model.addAttribute("trialDaysLeft",
				c.trialEndsOn() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, c.trialEndsOn()));
		model.addAttribute("own", c.member().equals(m.member().id()));
		model.addAttribute("rateKinds", RateKind.values());
		model.addAttribute("member", contracts.memberOf(c).orElse(null));
		model.addAttribute("workTypes", m.can(Permission.BILLING_MANAGE) ? contracts.workTypes(m) : List.of());
		return "billing/contracts/contract";
	}

	@PostMapping("/w/{slug}/contracts/{id}/rates")
	String addRate(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) RateKind kind,
			@RequestParam(required = false) @Nullable String workType,
			@RequestParam(required = false) @Nullable String effectiveFrom,
			@RequestParam(required = false) @Nullable String amount, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		return act(flash, slug, id, "billing.contract.rateAdded",
				() -> contracts.addRate(m, new ContractId(id), new NewRate(kind, workType,
						ContractForm.date("/effectiveFrom", effectiveFrom), ContractForm.number("/amount", amount))));
	}

	@PostMapping("/w/{slug}/contracts/{id}/clauses/{clause}/accept")
	String accept(@PathVariable String slug, @PathVariable UUID id, @PathVariable String clause,
			@RequestParam(defaultValue = "1") int version, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_VIEW);
		ClauseKind kind = ContractsApi.clause(clause);
		return act(flash, slug, id, "billing.contract.accepted",
				() -> contracts.acceptClause(m, new ContractId(id), kind, version));
	}

	@PostMapping("/w/{slug}/contracts/{id}/end-date")
	String changeEnd(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String endsOn, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		return act(flash, slug, id, "billing.contract.endMoved",
				() -> contracts.changeEnd(m, new ContractId(id), ContractForm.date("/endsOn", endsOn)));
	}

	@PostMapping("/w/{slug}/contracts/{id}/end")
	String end(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.BILLING_MANAGE);
		return act(flash, slug, id, "billing.contract.endedOk",
				() -> contracts.end(m, new ContractId(id), reason == null ? "" : reason));
	}

	private String act(RedirectAttributes flash, String slug, UUID id, String ok, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", ok);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/contracts/" + id;
	}

	private String form(Model model, Membership m, ContractForm form, @Nullable InvalidInputException error) {
		page(model, m);
		model.addAttribute("form", form);
		model.addAttribute("candidates", contracts.candidates(m));
		model.addAttribute("error", error == null ? null : error.text());
		model.addAttribute("clauseKinds", ClauseKind.values());
		model.addAttribute("workTypes", contracts.workTypes(m));
		return "billing/contracts/form";
	}

	private static LocalDate today(Membership m) {
		return LocalDate.now(m.workspace().timeZone());
	}

	static void page(Model model, Membership m) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.BILLING_MANAGE));
	}

}
