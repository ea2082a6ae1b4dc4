package dev.deskhand.work.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.SearchSource;
import dev.deskhand.shared.WorkspaceId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search box: asks every module's {@link SearchSource} (each applies its own
 * access in its SQL), merges their hits by rank and gives a conversation the link of its
 * work item, where the conversation is read and answered.
 */
@Service
public class SiteSearch {

	private final List<SearchSource> sources;

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	SiteSearch(List<SearchSource> sources, AccessPolicy policy, JdbcClient jdbc) {
		this.sources = sources;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	/**
	 * The caller's best hits across all sources, best first, at most the query's limit.
	 */
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery query) {
		if (query.blank()) {
			return List.of();
		}
		// the sources' statements repeat with other words; a plan made for one word (the
		// driver prepares a statement after a few uses) would read a common word through
		// the GIN index or a rare one along the time index: plan each search for its own
		// words. A common word's bitmap of matches stays exact in 32 MB (in 4 MB it turns
		// lossy, and every row of a lossy page has its words checked again).
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		jdbc.sql("set local work_mem = '32MB'").update();
		List<SearchHit> hits = sources.stream()
			.flatMap(s -> s.search(query).stream())
			.sorted(Comparator.comparingDouble(SearchHit::rank)
				.reversed()
				.thenComparing(SearchHit::when, Comparator.reverseOrder()))
			.limit(query.limit())
			.toList();
		List<String> references = query.references();
		return withLinks(hits.stream().map(h -> h.withReferencesMarked(references)).toList());
	}

	private List<SearchHit> withLinks(List<SearchHit> hits) {
		UUID[] conversations = hits.stream()
			.filter(h -> h.link() == null && h.kind().equals("conversation"))
			.map(SearchHit::id)
			.toArray(UUID[]::new);
		if (conversations.length == 0) {
			return hits;
		}
		Map<WorkspaceId, String> slugs = policy.memberships(Permission.WORK_VIEW)
			.stream()
			.collect(Collectors.toMap(m -> m.workspace().id(), (Membership m) -> m.workspace().slug(), (a, b) -> a));
		Map<UUID, UUID> items = new HashMap<>();
		jdbc.sql("select conversation_id, id from work.item where conversation_id = any(?)")
			.param(conversations)
			.query(rs -> {
				items.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return hits.stream().map(h -> {
			UUID item = items.get(h.id());
			String slug = slugs.get(h.workspace());
			return h.link() != null || item == null || slug == null ? h : h.withLink("/w/" + slug + "/items/" + item);
		}).toList();
	}

}
