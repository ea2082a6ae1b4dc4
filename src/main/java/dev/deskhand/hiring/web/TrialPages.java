package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.Trials;
import dev.deskhand.shared.FormValues;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hired assistant's trial: the post's targets against what they did, the days left, and
 * the decision (extend, end, convert).
 */
@Controller
class TrialPages {

	private final AccessPolicy policy;

	private final Trials trials;

	TrialPages(AccessPolicy policy, Trials trials) {
		this.policy = policy;
		this.trials = trials;
	}

	@GetMapping("/w/{slug}/hiring/trials/{hire}")
	String trial(@PathVariable String slug, @PathVariable UUID hire, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		OnboardingPages.page(model, m);
		model.addAttribute("t", trials.trial(m, new HireId(hire)));
		return "hiring/trial";
	}

	@PostMapping("/w/{slug}/hiring/trials/{hire}/extend")
	String extend(@PathVariable String slug, @PathVariable UUID hire,
			@RequestParam(required = false) @Nullable String trialEndsOn, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, hire, "hiring.trial.extended",
				() -> trials.extend(m, new HireId(hire), date("/trialEndsOn", trialEndsOn)));
	}

	@PostMapping("/w/{slug}/hiring/trials/{hire}/end")
	String end(@PathVariable String slug, @PathVariable UUID hire,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, hire, "hiring.trial.endedOk", () -> trials.end(m, new HireId(hire), reason));
	}

	@PostMapping("/w/{slug}/hiring/trials/{hire}/convert")
	String convert(@PathVariable String slug, @PathVariable UUID hire,
			@RequestParam(required = false) @Nullable String endsOn, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, hire, "hiring.trial.converted",
				() -> trials.convert(m, new HireId(hire), date("/endsOn", endsOn)));
	}

	private static String act(RedirectAttributes flash, String slug, UUID hire, String ok, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", ok);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/hiring/trials/" + hire;
	}

	static @Nullable LocalDate date(String pointer, @Nullable String typed) {
		return FormValues.date(pointer, typed, Text.of("hiring.trial.error.date"));
	}

}
