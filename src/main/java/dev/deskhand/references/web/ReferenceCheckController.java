package dev.deskhand.references.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.references.ReferenceCandidate;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.references.ReferenceManagement;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The check next to a reference field, as the person types (htmx): {@code ✓ Container
 * number (ISO 6346)} or {@code ✗ Check digit should be 7, not 3}, in the reader's
 * language. The value is {@code value=}, or the parameter named by {@code field=} (so the
 * field's own name is sent as it is, without script). Without {@code type=} the best
 * candidate is shown.
 */
@Controller
class ReferenceCheckController {

	private final AccessPolicy policy;

	private final ReferenceManagement references;

	private final MessageSource messages;

	ReferenceCheckController(AccessPolicy policy, ReferenceManagement references, MessageSource messages) {
		this.policy = policy;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/references/check")
	String check(@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String workspace, @RequestParam MultiValueMap<String, String> all,
			Model model) {
		policy.requireCaller();
		String value = field != null && !field.isBlank() && !"value".equals(field) ? all.getFirst(field)
				: all.getFirst("value");
		ReferenceType t = type(type);
		var ws = workspace == null || workspace.isBlank() ? null
				: policy.require(workspace, Permission.WORK_VIEW).workspace().id();
		ReferenceCandidate verdict = null;
		if (value != null && !value.isBlank()) {
			if (t != null) {
				verdict = ws == null ? ReferenceChecks.validate(t, value) : references.validate(ws, t, value);
			}
			else {
				List<ReferenceCandidate> found = ws == null ? ReferenceChecks.candidates(value)
						: references.candidates(ws, value);
				verdict = found.stream()
					.filter(ReferenceCandidate::valid)
					.findFirst()
					.orElse(found.isEmpty() ? null : found.getFirst());
			}
		}
		var locale = LocaleContextHolder.getLocale();
		boolean blank = value == null || value.isBlank();
		model.addAttribute("state", blank ? "blank" : verdict != null && verdict.valid() ? "valid" : "invalid");
		model.addAttribute("message",
				blank ? ""
						: verdict == null ? messages.getMessage(Text.of("refs.check.unknown"), locale) : verdict.valid()
								? messages.getMessage(verdict.label(), locale)
								: messages.getMessage(java.util.Objects.requireNonNull(verdict.reason()), locale));
		model.addAttribute("normalised", verdict == null ? "" : verdict.normalised());
		return "references/check :: result";
	}

	private static @Nullable ReferenceType type(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return ReferenceType.parse(type);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
