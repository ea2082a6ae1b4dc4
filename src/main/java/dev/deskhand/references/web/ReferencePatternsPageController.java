package dev.deskhand.references.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.references.ReferenceManagement;
import dev.deskhand.references.ReferencePattern;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.references.internal.PatternChecks;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reference patterns page of a workspace's playbook: its own order, invoice, booking
 * and bill-of-lading numbers, each edited in place, deleted after a confirmation, a form
 * to add one; the example is checked against the pattern as the person types. Everyone
 * who works the queue reads them; members with SHIPMENTS_MANAGE change them (as through
 * the API).
 */
@Controller
class ReferencePatternsPageController {

	/** The types a workspace writes patterns for, in the order the form offers them. */
	static final List<String> TYPES = List.of(ReferenceType.ORDER.code(), ReferenceType.INVOICE.code(),
			ReferenceType.BOOKING.code(), ReferenceType.BILL_OF_LADING.code());

	private final AccessPolicy policy;

	private final ReferenceManagement references;

	private final MessageSource messages;

	ReferencePatternsPageController(AccessPolicy policy, ReferenceManagement references, MessageSource messages) {
		this.policy = policy;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/w/{slug}/reference-patterns")
	String list(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.SHIPMENTS_MANAGE));
		model.addAttribute("patterns", references.patterns(m));
		model.addAttribute("types", TYPES);
		model.addAttribute("max", ReferenceManagement.MAX_PATTERNS);
		return "references/patterns";
	}

	@PostMapping("/w/{slug}/reference-patterns")
	String create(@PathVariable String slug, @ModelAttribute PatternForm form, RedirectAttributes flash) {
		return act(slug, flash, m -> {
			String name = form.name() == null ? "" : form.name().strip();
			if (references.patterns(m).stream().anyMatch(p -> p.name().equals(name))) {
				throw new InvalidInputException("name", Text.of("refs.patterns.page.taken", name));
			}
			references.savePattern(m, form.pattern(name));
		});
	}

	@PostMapping("/w/{slug}/reference-patterns/{name}")
	String update(@PathVariable String slug, @PathVariable String name, @ModelAttribute PatternForm form,
			RedirectAttributes flash) {
		return act(slug, flash, m -> references.savePattern(m, form.pattern(name)));
	}

	@PostMapping("/w/{slug}/reference-patterns/{name}/delete")
	String delete(@PathVariable String slug, @PathVariable String name, RedirectAttributes flash) {
		return act(slug, flash, m -> references.deletePattern(m, name));
	}

	/**
	 * The check beside the example (htmx): ✓ when the pattern is sound and the example
	 * matches all of it, else ✗ and the reason the save would give, in the reader's
	 * language.
	 */
	@GetMapping("/w/{slug}/reference-patterns/check")
	String check(@PathVariable String slug, @RequestParam(required = false) @Nullable String regex,
			@RequestParam(required = false) @Nullable String example, Model model) {
		policy.require(slug, Permission.SHIPMENTS_MANAGE);
		var locale = LocaleContextHolder.getLocale();
		boolean blank = regex == null || regex.isBlank() || example == null || example.isBlank();
		String state = "blank";
		String message = "";
		if (!blank) {
			try {
				PatternChecks.checked(regex, example);
				state = "valid";
				message = messages.getMessage(Text.of("refs.patterns.page.matches", example.strip()), locale);
			}
			catch (InvalidInputException e) {
				state = "invalid";
				message = messages.getMessage(e.text(), locale);
			}
		}
		model.addAttribute("state", state);
		model.addAttribute("message", message);
		model.addAttribute("normalised", "");
		return "references/check :: result";
	}

	private String act(String slug, RedirectAttributes flash, Consumer<Membership> change) {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		try {
			change.accept(m);
			flash.addFlashAttribute("ok", "refs.patterns.page.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/reference-patterns";
	}

	/** The form's fields; the type by its code ({@code bill-of-lading}). */
	record PatternForm(@Nullable String name, @Nullable String type, @Nullable String regex, @Nullable String example) {

		ReferencePattern pattern(String name) {
			return new ReferencePattern(name, parsedType(), regex == null ? "" : regex, example == null ? "" : example);
		}

		private @Nullable ReferenceType parsedType() {
			try {
				return type == null || type.isBlank() ? null : ReferenceType.parse(type);
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

	}

}
