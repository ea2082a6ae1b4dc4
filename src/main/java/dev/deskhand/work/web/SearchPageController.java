package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.work.internal.SiteSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search results page: across every workspace the caller works in ({@code /search},
 * what the header's box opens), or one workspace. Filters: workspace, kind, open or done
 * work, and a period in the reader's time zone.
 */
@Controller
class SearchPageController {

	static final int LIMIT = 50;

	private final AccessPolicy policy;

	private final SiteSearch search;

	SearchPageController(AccessPolicy policy, SiteSearch search) {
		this.policy = policy;
		this.search = search;
	}

	@GetMapping("/search")
	String everywhere(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String workspace,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		List<Membership> all = policy.memberships(Permission.WORK_VIEW);
		Membership only = workspace == null || workspace.isBlank() ? null
				: policy.require(workspace, Permission.WORK_VIEW);
		model.addAttribute("workspaces", all.stream().map(Membership::workspace).toList());
		model.addAttribute("searchAction", "/search");
		return results(q, only == null ? Set.of() : Set.of(only.workspace().id()), kind, status, from, to,
				zone(only != null ? List.of(only) : all), model);
	}

	@GetMapping("/w/{slug}/search")
	String inWorkspace(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("searchAction", "/w/" + slug + "/search");
		return results(q, Set.of(m.workspace().id()), kind, status, from, to, m.member().timeZone(), model);
	}

	private String results(String q, Set<WorkspaceId> workspaces, @Nullable String kind, @Nullable String status,
			@Nullable String from, @Nullable String to, ZoneId zone, Model model) {
		model.addAttribute("q", q);
		try {
			Instant until = day(to, "/to", zone);
			SearchQuery query = new SearchQuery(q, workspaces, kinds(kind), statuses(status), day(from, "/from", zone),
					until == null ? null : until.plusSeconds(86400), LIMIT);
			model.addAttribute("hits", search.search(query));
		}
		catch (InvalidInputException e) {
			model.addAttribute("hits", List.of());
			model.addAttribute("error", e.text());
		}
		return "work/search";
	}

	static Set<String> kinds(@Nullable String kind) {
		return kind == null || kind.isBlank() ? Set.of() : Set.of(kind.strip());
	}

	/** "open": not resolved or closed; "done": resolved or closed; anything else: any. */
	static Set<String> statuses(@Nullable String status) {
		if ("open".equals(status)) {
			return Arrays.stream(WorkStatus.values())
				.filter(s -> s != WorkStatus.RESOLVED && s != WorkStatus.CLOSED)
				.map(Enum::name)
				.collect(Collectors.toSet());
		}
		if ("done".equals(status)) {
			return Set.of(WorkStatus.RESOLVED.name(), WorkStatus.CLOSED.name());
		}
		return Set.of();
	}

	/** The start of a day (yyyy-MM-dd) in the reader's zone; blank is null. */
	static @Nullable Instant day(@Nullable String value, String field, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip()).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "Enter the date as YYYY-MM-DD", "search.error.date");
		}
	}

	private static ZoneId zone(List<Membership> memberships) {
		return memberships.isEmpty() ? ZoneId.of("UTC") : memberships.getFirst().member().timeZone();
	}

}
