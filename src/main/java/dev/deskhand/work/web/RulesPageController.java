package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.InboundRuleView;
import dev.deskhand.work.NewInboundRule;
import dev.deskhand.work.RuleAction;
import dev.deskhand.work.RuleCondition;
import dev.deskhand.work.WorkRules;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbound rules page of a workspace's playbook: the rules in order (moved up and
 * down, switched off and on, deleted after a confirmation) and a form to write or edit
 * one. Everyone who works the queue reads them; owners and managers change them.
 */
@Controller
class RulesPageController {

	private final AccessPolicy policy;

	private final WorkRules rules;

	private final WorkSetup setup;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	private final PartyManagement parties;

	RulesPageController(AccessPolicy policy, WorkRules rules, WorkSetup setup, WorkspaceManagement workspaces,
			MessageSource messages, PartyManagement parties) {
		this.parties = parties;
		this.policy = policy;
		this.rules = rules;
		this.setup = setup;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@GetMapping("/w/{slug}/rules")
	String list(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		common(m, model);
		model.addAttribute("rules", rules.rules(m));
		model.addAttribute("policyNames",
				setup.slaPolicies(m)
					.stream()
					.collect(java.util.stream.Collectors.toMap(p -> p.id().toString(), p -> p.name(), (x, y) -> x)));
		model.addAttribute("memberNames", workspaces.members(m.workspace().id())
			.stream()
			.collect(java.util.stream.Collectors.toMap(x -> x.id().toString(), MemberView::displayName, (x, y) -> x)));
		model.addAttribute("partyNames", partyNames(m));
		return "work/rules";
	}

	/** The workspace's customers and carriers by id: rules store a party by its id. */
	private Map<String, String> partyNames(Membership m) {
		return parties.list(m, null, null, PartyManagement.MAX_LIST)
			.stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.id().toString(), PartyView::name, (x, y) -> x));
	}

	@GetMapping("/w/{slug}/rules/new")
	String newRule(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		return form(m, model, InboundRuleForm.empty(), null, null);
	}

	@GetMapping("/w/{slug}/rules/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		return form(m, model, InboundRuleForm.of(rules.rule(m, id), partyNames(m)), id, null);
	}

	@PostMapping("/w/{slug}/rules")
	String create(@PathVariable String slug, @ModelAttribute InboundRuleForm form, Model model,
			RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		try {
			rules.add(m, form.toRule());
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(m, model, form, null, e);
		}
		flash.addFlashAttribute("ok", "inrules.saved");
		return "redirect:/w/" + slug + "/rules";
	}

	@PostMapping("/w/{slug}/rules/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute InboundRuleForm form, Model model,
			RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		try {
			rules.update(m, id, form.toRule());
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(m, model, form, id, e);
		}
		flash.addFlashAttribute("ok", "inrules.saved");
		return "redirect:/w/" + slug + "/rules";
	}

	@PostMapping("/w/{slug}/rules/{id}/move")
	String move(@PathVariable String slug, @PathVariable UUID id, @RequestParam String direction,
			RedirectAttributes flash) {
		return act(slug, flash, m -> rules.move(m, id, "up".equals(direction) ? -1 : 1));
	}

	@PostMapping("/w/{slug}/rules/{id}/enabled")
	String enable(@PathVariable String slug, @PathVariable UUID id, @RequestParam boolean enabled,
			RedirectAttributes flash) {
		return act(slug, flash, m -> rules.setEnabled(m, id, enabled));
	}

	@PostMapping("/w/{slug}/rules/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, flash, m -> rules.delete(m, id));
	}

	private String act(String slug, RedirectAttributes flash, Consumer<Membership> change) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		change.accept(m);
		flash.addFlashAttribute("ok", "inrules.saved");
		return "redirect:/w/" + slug + "/rules";
	}

	private String form(Membership m, Model model, InboundRuleForm form, @Nullable UUID id,
			@Nullable InvalidInputException e) {
		common(m, model);
		model.addAttribute("form", form);
		model.addAttribute("ruleId", id);
		model.addAttribute("policies", setup.slaPolicies(m));
		model.addAttribute("members",
				workspaces.members(m.workspace().id())
					.stream()
					.filter(x -> x.active() && x.person() != null)
					.sorted(java.util.Comparator.comparing(MemberView::displayName))
					.toList());
		model.addAttribute("roles", List.of(Role.EMPLOYEE, Role.ASSISTANT, Role.MANAGER, Role.OWNER));
		model.addAttribute("parties", parties.list(m, null, null, PartyManagement.MAX_LIST));
		if (e != null) {
			model.addAttribute("error", reason(e));
		}
		return "work/rule-form";
	}

	private void common(Membership m, Model model) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.WORK_MANAGE));
	}

	/** The reason in the reader's language, naming the value it did not know. */
	private String reason(InvalidInputException e) {
		return messages.getMessage(e, LocaleContextHolder.getLocale());
	}

	/**
	 * The form's fields: one condition of each kind, the actions; {@code sender} is an
	 * address or a domain, {@code assignee} {@code member:<id>} or {@code role:<ROLE>}.
	 */
	record InboundRuleForm(@Nullable String name, @Nullable Boolean enabled, @Nullable Boolean stop,
			@Nullable String mailbox, @Nullable String sender, @Nullable String subject, @Nullable String body,
			@Nullable Boolean attachment, @Nullable String type, @Nullable String priority, @Nullable String tags,
			@Nullable String policy, @Nullable String assignee, @Nullable Boolean close, @Nullable String party,
			@Nullable String setParty) {

		static InboundRuleForm empty() {
			return new InboundRuleForm("", true, false, "", "", "", "", false, "", "", "", "", "", false, "", "");
		}

		/**
		 * The rule's fields; {@code partyNames} shows a party (stored by id) by its name.
		 */
		static InboundRuleForm of(InboundRuleView r, Map<String, String> partyNames) {
			String party = r.condition(RuleCondition.Kind.PARTY);
			String setParty = String.join("", r.action(RuleAction.Kind.SET_PARTY));
			String sender = r.condition(RuleCondition.Kind.SENDER);
			String member = String.join("", r.action(RuleAction.Kind.ASSIGN_MEMBER));
			String role = String.join("", r.action(RuleAction.Kind.ASSIGN_ROLE));
			return new InboundRuleForm(r.name(), r.enabled(), r.stopProcessing(),
					r.condition(RuleCondition.Kind.MAILBOX),
					sender.isEmpty() ? r.condition(RuleCondition.Kind.SENDER_DOMAIN) : sender,
					r.condition(RuleCondition.Kind.SUBJECT_CONTAINS), r.condition(RuleCondition.Kind.BODY_CONTAINS),
					!r.condition(RuleCondition.Kind.HAS_ATTACHMENT).isEmpty(),
					String.join("", r.action(RuleAction.Kind.SET_TYPE)),
					String.join("", r.action(RuleAction.Kind.SET_PRIORITY)),
					String.join(", ", r.action(RuleAction.Kind.ADD_TAG)),
					String.join("", r.action(RuleAction.Kind.SET_SLA_POLICY)),
					!member.isEmpty() ? "member:" + member : !role.isEmpty() ? "role:" + role : "",
					!r.action(RuleAction.Kind.CLOSE).isEmpty(), partyNames.getOrDefault(party, party),
					partyNames.getOrDefault(setParty, setParty));
		}

		NewInboundRule toRule() {
			List<RuleCondition> conditions = new ArrayList<>();
			add(conditions, RuleCondition.Kind.MAILBOX, mailbox);
			if (sender != null && !sender.isBlank()) {
				conditions.add(new RuleCondition(sender.strip().substring(1).contains("@") ? RuleCondition.Kind.SENDER
						: RuleCondition.Kind.SENDER_DOMAIN, sender));
			}
			add(conditions, RuleCondition.Kind.SUBJECT_CONTAINS, subject);
			add(conditions, RuleCondition.Kind.BODY_CONTAINS, body);
			add(conditions, RuleCondition.Kind.PARTY, party);
			if (Boolean.TRUE.equals(attachment)) {
				conditions.add(new RuleCondition(RuleCondition.Kind.HAS_ATTACHMENT, null));
			}
			List<RuleAction> actions = new ArrayList<>();
			addAction(actions, RuleAction.Kind.SET_TYPE, type);
			addAction(actions, RuleAction.Kind.SET_PRIORITY, priority);
			if (tags != null) {
				Arrays.stream(tags.split(","))
					.map(String::strip)
					.filter(t -> !t.isEmpty())
					.forEach(t -> actions.add(new RuleAction(RuleAction.Kind.ADD_TAG, t)));
			}
			addAction(actions, RuleAction.Kind.SET_SLA_POLICY, policy);
			addAction(actions, RuleAction.Kind.SET_PARTY, setParty);
			if (assignee != null && assignee.startsWith("member:")) {
				actions.add(new RuleAction(RuleAction.Kind.ASSIGN_MEMBER, assignee.substring(7)));
			}
			else if (assignee != null && assignee.startsWith("role:")) {
				actions.add(new RuleAction(RuleAction.Kind.ASSIGN_ROLE, assignee.substring(5)));
			}
			if (Boolean.TRUE.equals(close)) {
				actions.add(new RuleAction(RuleAction.Kind.CLOSE, null));
			}
			return new NewInboundRule(name, Boolean.TRUE.equals(enabled), Boolean.TRUE.equals(stop), conditions,
					actions);
		}

		private static void add(List<RuleCondition> list, RuleCondition.Kind kind, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				list.add(new RuleCondition(kind, value));
			}
		}

		private static void addAction(List<RuleAction> list, RuleAction.Kind kind, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				list.add(new RuleAction(kind, value));
			}
		}

	}

}
