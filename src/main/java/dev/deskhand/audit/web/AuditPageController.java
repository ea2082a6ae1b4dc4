package dev.deskhand.audit.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.audit.AuditFilter;
import dev.deskhand.audit.AuditLog;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page: entries with filters, the verify button (an htmx request gets only the
 * result), export links.
 */
@Controller
class AuditPageController {

	private final AccessPolicy policy;

	private final AuditLog log;

	AuditPageController(AccessPolicy policy, AuditLog log) {
		this.policy = policy;
		this.log = log;
	}

	@GetMapping("/w/{slug}/audit")
	String entries(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String subjectType,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		Membership m = policy.require(slug, Permission.AUDIT_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		AuditFilter filter;
		try {
			filter = AuditFilter.parse(subjectType, action, actor, from, to, m.workspace().timeZone());
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.text());
			filter = AuditFilter.all();
		}
		model.addAttribute("entries", log.entries(m.workspace().id(), filter, PageRequest.of(page, 50)));
		model.addAttribute("query", query(subjectType, action, actor, from, to));
		return "audit/entries";
	}

	@PostMapping("/w/{slug}/audit/verify")
	String verify(@PathVariable String slug,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Membership m = policy.require(slug, Permission.AUDIT_VIEW);
		model.addAttribute("verification", log.verify(m.workspace().id()));
		if (htmx != null) {
			return "audit/partials/verification :: verification";
		}
		return entries(slug, 0, null, null, null, null, null, model);
	}

	/** The filters again as a query string, for paging and export links. */
	private static String query(@Nullable String... values) {
		String[] names = { "subjectType", "action", "actor", "from", "to" };
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < names.length; i++) {
			if (values[i] != null && !values[i].isBlank()) {
				sb.append('&')
					.append(names[i])
					.append('=')
					.append(java.net.URLEncoder.encode(values[i], java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return sb.toString();
	}

}
