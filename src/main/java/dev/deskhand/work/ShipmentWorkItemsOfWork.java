package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.shared.WholeReferences;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentWorkItems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work items about a shipment, for the shipment's page: items linked to it (a link
 * {@code shipment:<id>}, as an item raised from a tracking exception carries) or whose
 * title or links name its number or one of its references, whole
 * ({@link WholeReferences}: an item about S-123 is not about S-12). A scoped member sees
 * only the items filed under her scopes (in SQL, as the queue).
 */
@Component
class ShipmentWorkItemsOfWork implements ShipmentWorkItems {

	/** A scoped member sees only the items filed under her scopes. */
	private static final String VISIBLE = "workspace_id = :ws and (not :scoped or scope = any(:scopes))";

	private final JdbcClient jdbc;

	ShipmentWorkItemsOfWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LinkedItem> of(Membership m, ShipmentId shipment, String number, Collection<String> references,
			int limit) {
		Map<String, Object> params = visible(m);
		return jdbc
			.sql("select id, number, title, status from work.item where " + about(shipment, number, references, params)
					+ " order by created_at desc limit :limit")
			.params(params)
			.param("limit", limit)
			.query((rs, i) -> item(rs))
			.list();
	}

	/**
	 * The conversations of the items about the shipment that the member sees, the newest
	 * items' first, at most {@code limit}.
	 */
	List<ConversationId> conversations(Membership m, ShipmentId shipment, String number, Collection<String> references,
			int limit) {
		Map<String, Object> params = visible(m);
		return jdbc
			.sql("select conversation_id from work.item where " + about(shipment, number, references, params)
					+ " and conversation_id is not null order by created_at desc limit :limit")
			.params(params)
			.param("limit", limit)
			.query((rs, i) -> new ConversationId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The items the member sees that hold these conversations, by conversation. */
	Map<UUID, LinkedItem> holding(Membership m, Collection<ConversationId> conversations) {
		Map<UUID, LinkedItem> items = new HashMap<>();
		if (conversations.isEmpty()) {
			return items;
		}
		jdbc.sql("select conversation_id, id, number, title, status from work.item where " + VISIBLE
				+ " and conversation_id = any(:conversations)")
			.params(visible(m))
			.param("conversations", conversations.stream().map(ConversationId::value).toArray(UUID[]::new))
			.query(rs -> {
				items.put(rs.getObject("conversation_id", UUID.class), item(rs));
			});
		return items;
	}

	/**
	 * What names the shipment in text: its number, and its references of at least six
	 * characters (a shorter one turns up in unrelated text).
	 */
	static List<String> naming(String number, Collection<String> references) {
		List<String> texts = new ArrayList<>();
		texts.add(number);
		references.stream().filter(r -> r.length() >= 6).forEach(texts::add);
		return texts;
	}

	/**
	 * Visible and about the shipment: linked, or naming it in the title (the search
	 * column {@code refs}) or in a link.
	 */
	private static String about(ShipmentId shipment, String number, Collection<String> references,
			Map<String, Object> params) {
		params.put("link", "shipment:" + shipment.value());
		String naming = WholeReferences.condition(naming(number, references), "ref", params);
		return VISIBLE + " and (:link = any(links) or " + naming.replace("{refs}", "refs")
				+ " or exists (select 1 from unnest(links) l where " + naming.replace("{refs}", "public.search_refs(l)")
				+ "))";
	}

	private static Map<String, Object> visible(Membership m) {
		Map<String, Object> params = new HashMap<>();
		params.put("ws", m.workspace().id().value());
		params.put("scoped", m.scoped());
		params.put("scopes", m.grant().scopes().stream().map(ScopeRef::toString).toArray(String[]::new));
		return params;
	}

	private static LinkedItem item(ResultSet rs) throws SQLException {
		WorkStatus status = WorkStatus.valueOf(rs.getString("status"));
		return new LinkedItem(rs.getObject("id", UUID.class), "W-" + rs.getLong("number"), rs.getString("title"),
				"status." + status.name(), status != WorkStatus.RESOLVED && status != WorkStatus.CLOSED);
	}

}
