package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shipments.NewTrackingRule;
import dev.deskhand.shipments.TrackingExceptionKind;
import dev.deskhand.shipments.TrackingRules;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tracking exception rules page: the workspace's rules, each edited in place, deleted
 * after a confirmation, a form to add one, and the suggested rules to start with.
 * Everyone who works the queue reads them; members with SHIPMENTS_MANAGE change them.
 */
@Controller
class TrackingRulesPageController {

	private final AccessPolicy policy;

	private final TrackingRules rules;

	private final PartyManagement parties;

	TrackingRulesPageController(AccessPolicy policy, TrackingRules rules, PartyManagement parties) {
		this.policy = policy;
		this.rules = rules;
		this.parties = parties;
	}

	@GetMapping("/w/{slug}/shipments/rules")
	String list(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		List<PartyView> customers = parties.list(m, PartyKind.CUSTOMER, null, PartyManagement.MAX_LIST);
		List<PartyView> carriers = parties.list(m, PartyKind.CARRIER, null, PartyManagement.MAX_LIST);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.SHIPMENTS_MANAGE));
		model.addAttribute("rules", rules.rules(m));
		model.addAttribute("customers", customers);
		model.addAttribute("carriers", carriers);
		model.addAttribute("partyNames", java.util.stream.Stream.concat(customers.stream(), carriers.stream())
			.collect(Collectors.toMap(p -> p.id().value(), PartyView::name, (a, b) -> a)));
		model.addAttribute("policies", parties.slaPolicyChoices(m));
		model.addAttribute("policyNames",
				parties.slaPolicyChoices(m)
					.stream()
					.collect(Collectors.toMap(c -> c.id(), c -> c.name(), (a, b) -> a)));
		model.addAttribute("kinds",
				Arrays.stream(TrackingExceptionKind.values()).map(TrackingExceptionKind::code).toList());
		model.addAttribute("statuses", Arrays.stream(TrackingStatus.values()).map(TrackingStatus::code).toList());
		model.addAttribute("problems",
				Arrays.stream(TrackingStatus.values())
					.filter(TrackingStatus::isProblem)
					.map(TrackingStatus::code)
					.toList());
		model.addAttribute("modes", Arrays.stream(TransportMode.values()).map(TransportMode::code).toList());
		model.addAttribute("priorities", List.of("LOW", "NORMAL", "HIGH", "URGENT"));
		return "shipments/rules";
	}

	@PostMapping("/w/{slug}/shipments/rules")
	String create(@PathVariable String slug, @ModelAttribute TrackingRuleForm form, RedirectAttributes flash) {
		return act(slug, flash, m -> rules.add(m, form.rule()));
	}

	@PostMapping("/w/{slug}/shipments/rules/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute TrackingRuleForm form,
			RedirectAttributes flash) {
		return act(slug, flash, m -> rules.update(m, id, form.rule()));
	}

	@PostMapping("/w/{slug}/shipments/rules/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, flash, m -> rules.delete(m, id));
	}

	@PostMapping("/w/{slug}/shipments/rules/suggested")
	String suggested(@PathVariable String slug, RedirectAttributes flash) {
		return act(slug, flash, rules::addSuggested);
	}

	private String act(String slug, RedirectAttributes flash, Consumer<Membership> change) {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		try {
			change.accept(m);
			flash.addFlashAttribute("ok", "shipments.exc.page.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/shipments/rules";
	}

	/** The form's fields; empty selects mean "any" and "the matching policy". */
	record TrackingRuleForm(@Nullable String name, @Nullable Boolean enabled, @Nullable String kind,
			@Nullable Integer hours, @Nullable List<String> statuses, @Nullable String customer,
			@Nullable String carrier, @Nullable String mode, @Nullable String workType, @Nullable String slaPolicy,
			@Nullable String priority) {

		NewTrackingRule rule() {
			return new NewTrackingRule(name, Boolean.TRUE.equals(enabled), kind, hours, statuses,
					id("/customer", customer), id("/carrier", carrier), blankToNull(mode), workType,
					id("/slaPolicy", slaPolicy), priority);
		}

		private static @Nullable UUID id(String field, @Nullable String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return UUID.fromString(value.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(field,
						dev.deskhand.shared.Text.of("shipments.exc.error" + field.replace('/', '.'), value));
			}
		}

		private static @Nullable String blankToNull(@Nullable String s) {
			return s == null || s.isBlank() ? null : s;
		}

	}

}
