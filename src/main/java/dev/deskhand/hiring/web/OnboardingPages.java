package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.Onboarding;
import dev.deskhand.hiring.OnboardingStepKind;
import dev.deskhand.hiring.OnboardingView;
import dev.deskhand.hiring.TemplateStep;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.SopText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Onboarding as both sides see it: the managers' list of new assistants with their
 * progress and each one's checklist (they tick the review), the checklist template they
 * edit, and the assistant's own "Your onboarding" with the SOPs to mark read.
 */
@Controller
class OnboardingPages {

	/** Empty rows the template form offers for new steps. */
	static final int BLANK_ROWS = 3;

	private final AccessPolicy policy;

	private final Onboarding onboarding;

	private final SopText sopText;

	OnboardingPages(AccessPolicy policy, Onboarding onboarding, SopText sopText) {
		this.policy = policy;
		this.onboarding = onboarding;
		this.sopText = sopText;
	}

	@GetMapping("/w/{slug}/hiring/onboarding")
	String list(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		page(model, m);
		model.addAttribute("onboardings", onboarding.all(m));
		return "hiring/onboarding-list";
	}

	@GetMapping("/w/{slug}/hiring/onboarding/{hire}")
	String hire(@PathVariable String slug, @PathVariable UUID hire, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		page(model, m);
		model.addAttribute("o", onboarding.progress(m, new HireId(hire)));
		model.addAttribute("own", false);
		return "hiring/onboarding-hire";
	}

	@GetMapping("/w/{slug}/hiring/my-onboarding")
	String mine(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORKSPACE_VIEW);
		OnboardingView o = onboarding.mine(m).orElseThrow(() -> new NotFoundException(Text.of("hiring.hire.notFound")));
		page(model, m);
		model.addAttribute("o", o);
		model.addAttribute("own", true);
		model.addAttribute("sopHtml",
				o.sops().stream().collect(Collectors.toMap(s -> s.id(), s -> sopText.html(s.markdown()), (a, b) -> a)));
		return "hiring/onboarding-hire";
	}

	@PostMapping("/w/{slug}/hiring/onboarding/{hire}/steps/{position}")
	String tick(@PathVariable String slug, @PathVariable UUID hire, @PathVariable int position,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORKSPACE_VIEW);
		OnboardingView o;
		try {
			o = onboarding.tick(m, new HireId(hire), position);
			flash.addFlashAttribute("ok", "hiring.onboarding.ticked");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
			return back(slug, m, hire);
		}
		return back(slug, m, o.hire().id().value());
	}

	@PostMapping("/w/{slug}/hiring/my-onboarding/sops/{sop}/read")
	String read(@PathVariable String slug, @PathVariable UUID sop, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		onboarding.markRead(m, sop);
		flash.addFlashAttribute("ok", "hiring.onboarding.readDone");
		return "redirect:/w/" + slug + "/hiring/my-onboarding#sop-" + sop;
	}

	@GetMapping("/w/{slug}/hiring/onboarding/template")
	String template(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return templateForm(model, m, rows(onboarding.template(m)), null);
	}

	@PostMapping("/w/{slug}/hiring/onboarding/template")
	String saveTemplate(@PathVariable String slug, @RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(name = "param", required = false) List<String> params,
			@RequestParam(name = "daysDue", required = false) List<String> days, Model model,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		List<TemplateRow> typed = new ArrayList<>();
		int n = kinds == null ? 0 : kinds.size();
		for (int i = 0; i < n; i++) {
			typed.add(new TemplateRow(kinds.get(i), at(params, i), at(days, i)));
		}
		List<TemplateRow> filled = typed.stream().filter(r -> !r.kind().isBlank()).toList();
		try {
			List<TemplateStep> steps = new ArrayList<>();
			for (int i = 0; i < filled.size(); i++) {
				steps.add(filled.get(i).step("/steps/" + i));
			}
			onboarding.saveTemplate(m, steps);
			flash.addFlashAttribute("ok", "hiring.onboarding.templateSaved");
			return "redirect:/w/" + slug + "/hiring/onboarding/template";
		}
		catch (InvalidInputException e) {
			return templateForm(model, m, filled, e);
		}
	}

	/** A row of the template form as typed. */
	record TemplateRow(String kind, String param, String daysDue) {

		TemplateStep step(String at) {
			OnboardingStepKind k;
			try {
				k = OnboardingStepKind.valueOf(kind);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(at + "/kind", Text.of("hiring.onboarding.error.kind"));
			}
			int d;
			try {
				d = Integer.parseInt(daysDue.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException(at + "/daysDue", Text.of("hiring.onboarding.error.daysDue"));
			}
			return new TemplateStep(k, param, d);
		}

	}

	private String templateForm(Model model, Membership m, List<TemplateRow> rows,
			@Nullable InvalidInputException error) {
		page(model, m);
		List<TemplateRow> shown = new ArrayList<>(rows);
		for (int i = 0; i < BLANK_ROWS; i++) {
			shown.add(new TemplateRow("", "", "7"));
		}
		model.addAttribute("rows", shown);
		model.addAttribute("kinds", OnboardingStepKind.values());
		model.addAttribute("error", error == null ? null : error.text());
		return "hiring/onboarding-template";
	}

	private static List<TemplateRow> rows(List<TemplateStep> steps) {
		return steps.stream()
			.map(s -> new TemplateRow(s.kind() == null ? "" : s.kind().name(), s.param() == null ? "" : s.param(),
					String.valueOf(s.daysDue())))
			.toList();
	}

	private String back(String slug, Membership m, UUID hire) {
		return m.can(Permission.HIRING_MANAGE) ? "redirect:/w/" + slug + "/hiring/onboarding/" + hire
				: "redirect:/w/" + slug + "/hiring/my-onboarding";
	}

	private static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

	static void page(Model model, Membership m) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("today", LocalDate.now(m.workspace().timeZone()));
		model.addAttribute("canManage", m.can(Permission.HIRING_MANAGE));
	}

}
