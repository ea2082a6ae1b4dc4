package dev.deskhand.work.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.SearchSource;
import dev.deskhand.shared.SearchWindows;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work module's answer to a search: work items (title, reference W-n, type, customer,
 * tags) and the notes, calls and chats on their timelines. Access is the queue's, inside
 * the SQL: workspaces where the caller holds {@code WORK_VIEW} in a live, NDA-accepted
 * membership, and for a scoped grant only items filed under its scopes.
 */
@Component
class ItemSearch implements SearchSource {

	static final String ITEM = "item";

	static final String NOTE = "note";

	/**
	 * Matches considered per query, most recent first: the ranking orders these. Bounds
	 * the work of a common word over a million items.
	 */
	static final int CANDIDATES = 100;

	private static final Pattern REFERENCE = Pattern.compile("[Ww]-?\\s*(\\d+)");

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Clock clock;

	ItemSearch(JdbcClient jdbc, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery query) {
		if (query.blank()) {
			return List.of();
		}
		List<Membership> memberships = policy.memberships(Permission.WORK_VIEW)
			.stream()
			.filter(m -> query.covers(m.workspace().id()))
			.toList();
		if (memberships.isEmpty()) {
			return List.of();
		}
		Map<WorkspaceId, WorkspaceView> spaces = memberships.stream()
			.map(Membership::workspace)
			.collect(Collectors.toMap(WorkspaceView::id, Function.identity(), (a, b) -> a));
		List<SearchHit> hits = new ArrayList<>();
		if (query.wants(ITEM)) {
			hits.addAll(run(ITEM, query, memberships, spaces));
		}
		if (query.wants(NOTE)) {
			hits.addAll(run(NOTE, query, memberships, spaces));
		}
		return hits.stream()
			.sorted(Comparator.comparingDouble(SearchHit::rank)
				.reversed()
				.thenComparing(SearchHit::when, Comparator.reverseOrder()))
			.limit(query.limit())
			.toList();
	}

	private List<SearchHit> run(String kind, SearchQuery query, List<Membership> memberships,
			Map<WorkspaceId, WorkspaceView> spaces) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", query.text());
		boolean notes = kind.equals(NOTE);
		String rec = notes ? "t" : "i";
		SearchQuery.ReferenceMatch refs = query.referenceMatch(params);
		StringBuilder match = new StringBuilder("({search} @@ public.search_query(:q)");
		if (refs.match() != null) {
			match.append(" or ").append(refs.match());
		}
		String refRank = refs.rank();
		Long number = number(query.text());
		if (number != null && !notes) {
			match.append(" or i.number = :number");
			params.put("number", number);
			refRank = "case when i.number = :number then 2.0 else " + refRank + " end";
		}
		match.append(")");
		String visible = SearchAccess.visible(memberships, params);
		String rank = SearchWindows.columns("ts_rank({search}, public.search_query(:q)) + " + refRank + " as rank",
				rec);
		List<Candidate> candidates;
		if (notes) {
			// notes are few beside items and mail: one pass over their word index
			candidates = jdbc
				.sql("""
						select t.id as key, i.id, i.workspace_id, i.number, i.title, i.status, t.actor_name as detail,
						    t.at as at, %s
						  from work.timeline t join work.item i on i.id = t.item_id
						  where t.search is not null and %s and %s%s
						  order by t.id desc limit %d""".formatted(rank, visible,
						SearchWindows.columns(match.toString(), rec), filters(query, true, params), CANDIDATES))
				.params(params)
				.query(ItemSearch::candidate)
				.list();
		}
		else {
			// each window's matches in the searched workspaces first (from their time
			// index,
			// with the word index or row by row: SearchWindows; "offset 0" keeps the
			// planner
			// from reading along the time index instead), then who may see them; a scoped
			// member's own items instead (their scopes' index), so her search reads only
			// them
			params.put("searched",
					memberships.stream().map(m -> m.workspace().id().value()).distinct().toArray(UUID[]::new));
			boolean narrow = memberships.stream().anyMatch(Membership::scoped);
			String scope = narrow ? " and " + visible : " and i.workspace_id = any(:searched)";
			String after = narrow ? "true" : visible;
			SearchWindows.Counter rows = window -> {
				Map<String, Object> p = new LinkedHashMap<>(params);
				return jdbc
					.sql("select count(*) from work.item i where true" + scope + window.sql("i.last_activity_at", p))
					.params(p)
					.query(Long.class)
					.single();
			};
			candidates = SearchWindows.newestFirst(clock.instant(), query, CANDIDATES, rows, step -> {
				Map<String, Object> p = new LinkedHashMap<>(params);
				return jdbc
					.sql("""
							select i.id as key, i.id, i.workspace_id, i.number, i.title, i.status,
							    coalesce(i.customer_name, i.customer, '') as detail, i.last_activity_at as at, %s
							  from (select * from work.item i where %s%s%s offset 0) i
							  where %s%s
							  order by i.last_activity_at desc limit %d""".formatted(rank,
							step.match(match.toString(), "i"), filters(query, false, p),
							step.inside(scope, "i.last_activity_at", p, narrow), after,
							step.outside(scope, "i.last_activity_at", p, narrow), step.wanted()))
					.params(p)
					.query(ItemSearch::candidate)
					.list();
			});
		}
		List<Candidate> best = candidates.stream()
			.sorted(Comparator.comparingDouble(Candidate::rank)
				.reversed()
				.thenComparing(Candidate::at, Comparator.reverseOrder()))
			.limit(query.limit())
			.toList();
		Map<Object, String> snippets = snippets(notes, best, query.text());
		return best.stream().map(c -> c.hit(kind, spaces, snippets.get(c.key()))).toList();
	}

	/** The matching words marked in each best hit's text, by its key. */
	private Map<Object, String> snippets(boolean notes, List<Candidate> best, String q) {
		if (best.isEmpty()) {
			return Map.of();
		}
		Map<Object, String> out = new HashMap<>();
		if (notes) {
			jdbc.sql("select t.id, public.search_headline(t.data ->> 'text', :q) from work.timeline t "
					+ "where t.id = any(:keys)")
				.param("q", q)
				.param("keys", best.stream().map(c -> (Long) c.key()).toArray(Long[]::new))
				.query(rs -> {
					out.put(rs.getLong(1), rs.getString(2));
				});
		}
		else {
			jdbc.sql("select i.id, public.search_headline(concat_ws(' · ', i.title, i.customer_name, "
					+ "array_to_string(i.tags, ', ')), :q) from work.item i where i.id = any(:keys)")
				.param("q", q)
				.param("keys", best.stream().map(c -> (UUID) c.key()).toArray(UUID[]::new))
				.query(rs -> {
					out.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
		}
		return out;
	}

	/**
	 * A match before ranking: its key (the item, or the note's timeline row) and rank.
	 */
	private record Candidate(Object key, UUID id, WorkspaceId workspace, long number, String title, String status,
			@Nullable String detail, Instant at, double rank) {

		SearchHit hit(String kind, Map<WorkspaceId, WorkspaceView> spaces, @Nullable String snippet) {
			String link = "/w/" + spaces.get(workspace).slug() + "/items/" + id;
			return new SearchHit(kind, id, workspace, WorkItem.reference(number), title, detail, snippet, status, rank,
					at, link);
		}

	}

	private static Candidate candidate(ResultSet rs, int n) throws SQLException {
		return new Candidate(rs.getObject("key"), rs.getObject("id", UUID.class),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getLong("number"), rs.getString("title"),
				rs.getString("status"), rs.getString("detail"), rs.getTimestamp("at").toInstant(),
				rs.getDouble("rank"));
	}

	/**
	 * The number of a work item reference typed alone ({@code W-17}, {@code w17}), else
	 * null.
	 */
	static @Nullable Long number(String text) {
		Matcher m = REFERENCE.matcher(text.strip());
		return m.matches() && m.group(1).length() < 18 ? Long.valueOf(m.group(1)) : null;
	}

	private static String filters(SearchQuery query, boolean notes, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (!query.statuses().isEmpty()) {
			sql.append(" and i.status = any(:statuses)");
			params.put("statuses", query.statuses().toArray(String[]::new));
		}
		if (!notes) {
			return sql.toString(); // the search windows keep to the period
		}
		String at = "t.at";
		if (query.from() != null) {
			sql.append(" and ").append(at).append(" >= :from");
			params.put("from", Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and ").append(at).append(" < :to");
			params.put("to", Timestamp.from(query.to()));
		}
		return sql.toString();
	}

}
