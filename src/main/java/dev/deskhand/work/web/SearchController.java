package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.work.internal.SiteSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over REST: the workspace's work items, notes and conversations the caller may
 * open.
 */
@RestController
@Tag(name = "Search")
class SearchController {

	private final AccessPolicy policy;

	private final SiteSearch search;

	SearchController(AccessPolicy policy, SiteSearch search) {
		this.policy = policy;
		this.search = search;
	}

	@GetMapping("/api/v1/workspaces/{slug}/search")
	@Operation(summary = "Work items, notes and conversations matching the words or a reference, best first",
			description = "Words match their Danish, German and English forms; references and numbers match in part "
					+ "and with or without separators (020-1234 finds 02012345675). kind: item, note or conversation; "
					+ "status: open or done (work only); from/to: days (YYYY-MM-DD, to inclusive) in UTC.")
	List<Hit> search(@PathVariable String slug, @RequestParam String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "20") int limit) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		Instant until = SearchPageController.day(to, "/to", java.time.ZoneOffset.UTC);
		SearchQuery query = new SearchQuery(q, Set.of(m.workspace().id()), SearchPageController.kinds(kind),
				SearchPageController.statuses(status),
				SearchPageController.day(from, "/from", java.time.ZoneOffset.UTC),
				until == null ? null : until.plusSeconds(86400), limit);
		return search.search(query).stream().map(Hit::of).toList();
	}

	/**
	 * One hit; {@code snippet} lists the text in pieces, {@code match} marking the words
	 * that matched.
	 */
	record Hit(String kind, UUID id, @Nullable String reference, String title, String detail,
			List<SearchHit.Part> snippet, @Nullable String status, double rank, Instant when, @Nullable String link) {

		static Hit of(SearchHit h) {
			return new Hit(h.kind(), h.id(), h.reference(), h.title(), h.detail(), h.parts(), h.status(), h.rank(),
					h.when(), h.link());
		}

	}

}
