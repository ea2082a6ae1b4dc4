package dev.deskhand.parties.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.SearchSource;
import dev.deskhand.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties module's answer to a search: customers and carriers by name, e-mail domain,
 * contact name or address and account reference. Access inside the SQL: workspaces where
 * the caller may view work, and for a scoped grant the carriers and only the customers
 * named in its {@code customer:} scopes. A workspace has hundreds of parties, not
 * millions, so a substring match on them is cheap.
 */
@Component
class PartySearch implements SearchSource {

	static final String PARTY = "party";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	PartySearch(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery query) {
		if (query.blank() || !query.wants(PARTY) || !query.statuses().isEmpty() || query.from() != null
				|| query.to() != null) {
			return List.of();
		}
		List<Membership> memberships = policy.memberships(Permission.WORK_VIEW)
			.stream()
			.filter(m -> query.covers(m.workspace().id()))
			.toList();
		if (memberships.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> visible = new ArrayList<>();
		Map<UUID, String> slugs = new LinkedHashMap<>();
		for (int i = 0; i < memberships.size(); i++) {
			Membership m = memberships.get(i);
			slugs.put(m.workspace().id().value(), m.workspace().slug());
			params.put("ws" + i, m.workspace().id().value());
			if (!m.scoped()) {
				visible.add("p.workspace_id = :ws" + i);
				continue;
			}
			String[] customers = m.grant()
				.scopes()
				.stream()
				.filter(s -> s.kind().equals(PartyView.CUSTOMER_SCOPE_KIND))
				.map(ScopeRef::key)
				.toArray(String[]::new);
			params.put("customers" + i, customers);
			visible
				.add("(p.workspace_id = :ws" + i + " and (p.kind = 'CARRIER' or p.name = any(:customers" + i + ")))");
		}
		String q = query.text().toLowerCase(Locale.ROOT);
		params.put("like", "%" + Parties.escape(q) + "%");
		params.put("prefix", Parties.escape(q) + "%");
		params.put("limit", query.limit());
		String sql = """
				select p.id, p.workspace_id, p.kind, p.name, p.updated_at,
				    (select string_agg(d.domain, ', ' order by d.domain) from parties.domain d where d.party_id = p.id) as domains,
				    (select string_agg(c.name || coalesce(' <' || c.email || '>', ''), ', ' order by c.name)
				       from parties.contact c where c.party_id = p.id
				        and (lower(c.name) like :like escape '\\' or c.email like :like escape '\\')) as contacts,
				    p.name_key like :prefix escape '\\' as prefix
				  from parties.party p
				  where (%s)
				    and (p.name_key like :like escape '\\'
				      or exists (select 1 from parties.domain d where d.party_id = p.id and d.domain like :like escape '\\')
				      or exists (select 1 from parties.contact c where c.party_id = p.id
				                 and (lower(c.name) like :like escape '\\' or c.email like :like escape '\\'))
				      or exists (select 1 from unnest(p.account_refs) r where lower(r) like :like escape '\\'))
				  order by prefix desc, p.name_key limit :limit"""
			.formatted(String.join(" or ", visible));
		return jdbc.sql(sql).params(params).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			UUID ws = rs.getObject("workspace_id", UUID.class);
			String domains = rs.getString("domains");
			String contacts = rs.getString("contacts");
			String snippet = contacts != null ? contacts : domains == null ? "" : domains;
			return new SearchHit(PARTY, id, new WorkspaceId(ws), null, rs.getString("name"),
					domains == null ? "" : domains, snippet, null, rs.getBoolean("prefix") ? 0.9 : 0.4,
					rs.getTimestamp("updated_at").toInstant(), "/w/" + slugs.get(ws) + "/parties/" + id);
		}).list();
	}

}
