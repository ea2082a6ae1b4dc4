package dev.deskhand.work.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.SearchSource;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
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
	static final int CANDIDATES = 200;

	private static final Pattern REFERENCE = Pattern.compile("[Ww]-?\\s*(\\d+)");

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	ItemSearch(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
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
		params.put("limit", query.limit());
		boolean notes = kind.equals(NOTE);
		String rec = notes ? "t" : "i";
		StringBuilder match = new StringBuilder("(" + rec + ".search @@ public.search_query(:q)");
		String refRank = "0";
		List<String> refs = query.references();
		if (!refs.isEmpty()) {
			List<String> like = new ArrayList<>();
			for (int n = 0; n < refs.size(); n++) {
				params.put("ref" + n, "%" + refs.get(n) + "%");
				like.add("%1$s.refs like :ref" + n);
			}
			String all = String.join(" and ", like);
			match.append(" or ").append(all.formatted(rec));
			params.put("exact", "% " + refs.getFirst() + " %");
			refRank = "case when ' ' || c.refs || ' ' like :exact then 1.0 when " + all.formatted("c")
					+ " then 0.5 else 0 end";
		}
		Long number = number(query.text());
		if (number != null && !notes) {
			match.append(" or i.number = :number");
			params.put("number", number);
			refRank = "case when c.number = :number then 2.0 else " + refRank + " end";
		}
		match.append(")");
		String where = SearchAccess.visible(memberships, params) + " and " + match + filters(query, notes, params);
		String sql = notes ? """
								select r.*, public.search_headline(r.doc, :q) as snippet from (
				  select c.*, ts_rank(c.search, public.search_query(:q)) + %s as rank from (
				    select i.id, i.workspace_id, i.number, i.title, i.status, t.actor_name as detail, t.at as at,
				        t.data ->> 'text' as doc, t.search, t.refs
				      from work.timeline t join work.item i on i.id = t.item_id
				      where t.search is not null and %s
				      order by t.id desc limit %d
				  ) c
				  order by rank desc, c.at desc limit :limit
				) r order by r.rank desc, r.at desc""".formatted(refRank, where, CANDIDATES)
				: """
												select r.*, public.search_headline(r.doc, :q) as snippet from (
						  select c.*, ts_rank(c.search, public.search_query(:q)) + %s as rank from (
						    select i.id, i.workspace_id, i.number, i.title, i.status, coalesce(i.customer_name, i.customer, '')
						        as detail, i.last_activity_at as at,
						        concat_ws(' · ', i.title, i.customer_name, array_to_string(i.tags, ', ')) as doc, i.search, i.refs
						      from work.item i
						      where %s
						      order by i.last_activity_at desc limit %d
						  ) c
						  order by rank desc, c.at desc limit :limit
						) r order by r.rank desc, r.at desc"""
					.formatted(refRank, where, CANDIDATES);
		return jdbc.sql(sql).params(params).query((rs, n) -> hit(kind, rs, spaces)).list();
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
		String at = notes ? "t.at" : "i.last_activity_at";
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

	private static SearchHit hit(String kind, ResultSet rs, Map<WorkspaceId, WorkspaceView> spaces)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		WorkspaceId ws = new WorkspaceId(rs.getObject("workspace_id", UUID.class));
		String link = "/w/" + spaces.get(ws).slug() + "/items/" + id;
		return new SearchHit(kind, id, ws, WorkItem.reference(rs.getLong("number")), rs.getString("title"),
				rs.getString("detail"), rs.getString("snippet"), rs.getString("status"), rs.getDouble("rank"),
				rs.getTimestamp("at").toInstant(), link);
	}

}
