package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentWorkItems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work items about a shipment, for the shipment's page: items linked to it (a link
 * {@code shipment:<id>}, as an item raised from a tracking exception carries) or whose
 * title or links name its number or one of its references. A scoped member sees only the
 * items filed under her scopes (in SQL, as the queue).
 */
@Component
class ShipmentWorkItemsOfWork implements ShipmentWorkItems {

	private final JdbcClient jdbc;

	ShipmentWorkItemsOfWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LinkedItem> of(Membership m, ShipmentId shipment, String number, Collection<String> references,
			int limit) {
		List<String> patterns = new ArrayList<>();
		patterns.add("%" + escape(number) + "%");
		references.stream().filter(r -> r.length() >= 6).forEach(r -> patterns.add("%" + escape(r) + "%"));
		boolean scoped = m.scoped();
		return jdbc.sql("""
				select id, number, title, status from work.item
				where workspace_id = :ws
				  and (:link = any(links) or title ilike any(:patterns)
				       or exists (select 1 from unnest(links) l where l ilike any(:patterns)))
				  and (not :scoped or scope = any(:scopes))
				order by created_at desc limit :limit
				""")
			.param("ws", m.workspace().id().value())
			.param("link", "shipment:" + shipment.value())
			.param("patterns", patterns.toArray(String[]::new))
			.param("scoped", scoped)
			.param("scopes", m.grant().scopes().stream().map(ScopeRef::toString).toArray(String[]::new))
			.param("limit", limit)
			.query((rs, i) -> {
				WorkStatus status = WorkStatus.valueOf(rs.getString("status"));
				return new LinkedItem(rs.getObject("id", UUID.class), "W-" + rs.getLong("number"),
						rs.getString("title"), "status." + status.name(),
						status != WorkStatus.RESOLVED && status != WorkStatus.CLOSED);
			})
			.list();
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
