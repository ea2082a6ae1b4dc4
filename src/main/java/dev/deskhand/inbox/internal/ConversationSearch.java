package dev.deskhand.inbox.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.SearchSource;
import dev.deskhand.shared.WorkspaceId;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's answer to a search: conversations whose messages match by subject, body or
 * sender, or whose attachments match by name. Only conversations the caller may read are
 * searched (the inbox's own rule: {@code INBOX_VIEW} in a live, NDA-accepted membership;
 * a scoped grant only the mailboxes of its {@code mailbox:ADDRESS} scopes and the
 * conversations with the customers of its {@code customer:NAME} scopes), inside the SQL.
 */
@Component
class ConversationSearch implements SearchSource {

	static final String KIND = "conversation";

	/**
	 * Matches considered per query, newest first: the ranking orders these. Bounds the
	 * work of a common word over millions of messages.
	 */
	static final int CANDIDATES = 200;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final PartyManagement parties;

	ConversationSearch(JdbcClient jdbc, AccessPolicy policy, PartyManagement parties) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.parties = parties;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery query) {
		if (query.blank() || !query.wants(KIND) || !query.statuses().isEmpty()) {
			return List.of();
		}
		Map<WorkspaceId, Membership> memberships = memberships(query);
		UUID[] mailboxes = visibleMailboxes(memberships);
		UUID[] customers = visibleCustomers(memberships);
		if (mailboxes.length == 0 && customers.length == 0) {
			return List.of();
		}
		List<String> refs = query.references();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", query.text());
		params.put("mailboxes", mailboxes);
		String visible = "m.mailbox_id = any(:mailboxes)";
		if (customers.length > 0) {
			params.put("customers", customers);
			visible = "(m.mailbox_id = any(:mailboxes) or m.conversation_id = any(array(select v.id from "
					+ "inbox.conversation v where v.party_id = any(:customers))))";
		}
		params.put("limit", query.limit() * 3);
		StringBuilder messageMatch = new StringBuilder("(m.search @@ public.search_query(:q)");
		StringBuilder attachmentMatch = new StringBuilder("(a.search @@ public.search_query(:q)");
		StringBuilder refRank = new StringBuilder("0");
		if (!refs.isEmpty()) {
			List<String> like = new ArrayList<>();
			for (int i = 0; i < refs.size(); i++) {
				params.put("ref" + i, "%" + refs.get(i) + "%");
				like.add("%1$s.refs like :ref" + i);
			}
			String all = String.join(" and ", like);
			messageMatch.append(" or ").append(all.formatted("m"));
			attachmentMatch.append(" or ").append(all.formatted("a"));
			params.put("exact", "% " + refs.getFirst() + " %");
			refRank = new StringBuilder("case when ' ' || c.refs || ' ' like :exact then 1.0 when ")
				.append(all.formatted("c"))
				.append(" then 0.5 else 0 end");
		}
		messageMatch.append(")");
		attachmentMatch.append(")");
		String period = period(query, params);
		String sql = """
								select r.*, public.search_headline(r.doc, :q) as snippet from (
				  select c.*, ts_rank(c.search, public.search_query(:q)) + %s as rank from (
				    (select m.id, m.conversation_id, m.workspace_id, m.subject, m.from_name, m.from_address,
				        m.received_at, m.body_text as doc, m.search, m.refs
				      from inbox.message m
				      where %s and %s%s
				      order by m.received_at desc limit %d)
				    union all
				    (select m.id, m.conversation_id, m.workspace_id, m.subject, m.from_name, m.from_address,
				        m.received_at, a.name as doc, a.search, a.refs
				      from inbox.attachment a join inbox.message m on m.id = a.message_id
				      where %s and %s%s
				      order by m.received_at desc limit %d)
				  ) c
				  order by rank desc, c.received_at desc limit :limit
				) r
				order by r.rank desc, r.received_at desc""".formatted(refRank, visible, messageMatch, period,
				CANDIDATES, visible, attachmentMatch, period, CANDIDATES);
		Map<UUID, SearchHit> best = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query((rs, n) -> {
			UUID conversation = rs.getObject("conversation_id", UUID.class);
			String name = rs.getString("from_name");
			String address = rs.getString("from_address");
			return new SearchHit(KIND, conversation, new WorkspaceId(rs.getObject("workspace_id", UUID.class)), null,
					rs.getString("subject"), name == null || name.isBlank() ? address : name + " <" + address + ">",
					rs.getString("snippet"), null, rs.getDouble("rank"), rs.getTimestamp("received_at").toInstant(),
					null);
		}).list().forEach(hit -> best.putIfAbsent(hit.id(), hit));
		return best.values().stream().limit(query.limit()).toList();
	}

	/** The caller's memberships that may read mail, in the searched workspaces. */
	private Map<WorkspaceId, Membership> memberships(SearchQuery query) {
		return policy.memberships(Permission.INBOX_VIEW)
			.stream()
			.filter(m -> query.covers(m.workspace().id()))
			.collect(Collectors.toMap(m -> m.workspace().id(), Function.identity(), (a, b) -> a));
	}

	/**
	 * The customers whose conversations a scoped member reads through her
	 * {@code customer:NAME} scopes (an unscoped member reads every mailbox already).
	 */
	private UUID[] visibleCustomers(Map<WorkspaceId, Membership> memberships) {
		List<UUID> ids = new ArrayList<>();
		for (Membership m : memberships.values()) {
			if (!m.scoped()) {
				continue;
			}
			List<String> names = m.grant()
				.scopes()
				.stream()
				.filter(s -> s.kind().equals(PartyView.CUSTOMER_SCOPE_KIND))
				.map(ScopeRef::key)
				.toList();
			parties.customersNamed(m.workspace().id(), names).forEach(p -> ids.add(p.value()));
		}
		return ids.toArray(UUID[]::new);
	}

	/** The mailboxes of the searched workspaces that the caller may read. */
	private UUID[] visibleMailboxes(Map<WorkspaceId, Membership> memberships) {
		if (memberships.isEmpty()) {
			return new UUID[0];
		}
		return jdbc.sql("select id, workspace_id, address from inbox.mailbox where workspace_id = any(?)")
			.param(memberships.keySet().stream().map(WorkspaceId::value).toArray(UUID[]::new))
			.query((rs, n) -> {
				Membership m = memberships.get(new WorkspaceId(rs.getObject("workspace_id", UUID.class)));
				return m.sees(new ScopeRef(ScopeKind.MAILBOX.name(), rs.getString("address")))
						? rs.getObject("id", UUID.class) : null;
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toArray(UUID[]::new);
	}

	private static String period(SearchQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.from() != null) {
			sql.append(" and m.received_at >= :from");
			params.put("from", Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and m.received_at < :to");
			params.put("to", Timestamp.from(query.to()));
		}
		return sql.toString();
	}

}
