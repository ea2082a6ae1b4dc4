package dev.deskhand.shipments;

import dev.deskhand.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shipments, milestones and events written straight into the {@code shipments} tables, as
 * the ingest leaves them (status and last event derived), for tests of what reacts to
 * them.
 */
final class ShipmentRows {

	private final JdbcClient jdbc;

	ShipmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A shipment in this status whose last event was at {@code lastEventAt}. */
	UUID shipment(WorkspaceId ws, String status, Instant lastEventAt, @Nullable UUID customer,
			@Nullable Instant promised, @Nullable Instant eta) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into shipments.shipment (id, workspace_id, number, mode, customer_id, carrier_code, promised_delivery,
						    eta, eta_source, status, status_at, last_event_at, last_location, created_at, updated_at)
						values (?, ?, (select coalesce(max(number), 1041) + 1 from shipments.shipment where workspace_id = ?),
						    'ocean', ?, 'MAEU', ?, ?, 'dcsa', ?, ?, ?, 'Aarhus', ?, ?)""")
			.params(id, ws.value(), ws.value(), customer, ts(promised), ts(eta), status, ts(lastEventAt),
					ts(lastEventAt), ts(lastEventAt.minusSeconds(86400)), ts(lastEventAt))
			.update();
		jdbc.sql("""
				insert into shipments.shipment_reference (shipment_id, workspace_id, type, value, written, valid)
				values (?, ?, 'container', ?, ?, true)""")
			.params(id, ws.value(), "MSKU" + id.toString().substring(0, 7), "MSKU " + id.toString().substring(0, 7))
			.update();
		return id;
	}

	long number(UUID shipment) {
		return jdbc.sql("select number from shipments.shipment where id = ?")
			.param(shipment)
			.query(Long.class)
			.single();
	}

	void milestone(UUID shipment, String status, String location, Instant plannedAt) {
		jdbc.sql("insert into shipments.milestone (shipment_id, status, location, planned_at) values (?, ?, ?, ?)")
			.params(shipment, status, location, ts(plannedAt))
			.update();
	}

	/**
	 * An actual event, and the shipment's status, last event and location moved to it as
	 * the ingest does (the shipment row updated, so locked, in the caller's transaction).
	 */
	void actual(WorkspaceId ws, UUID shipment, String status, String unlocode, Instant at) {
		jdbc.sql(
				"""
						insert into shipments.tracking_event (id, workspace_id, shipment_id, source, external_id, digest, status,
						    classifier, carrier_code, event_time, location_unlocode, location_name, raw, received_at)
						values (?, ?, ?, 'test', ?, ?, ?, 'actual', ?, ?, ?, ?, '{}', ?)""")
			.params(UUID.randomUUID(), ws.value(), shipment, UUID.randomUUID().toString(), UUID.randomUUID(), status,
					status.toUpperCase(), ts(at), unlocode, unlocode, ts(at))
			.update();
		jdbc.sql(
				"""
						update shipments.shipment set status = ?, status_at = ?, last_event_at = ?, last_location = ?,
						    delivered_at = case when ? = 'delivered' then cast(? as timestamptz) end, updated_at = ? where id = ?""")
			.params(status, ts(at), ts(at), unlocode, status, ts(at), ts(at), shipment)
			.update();
	}

	void eta(UUID shipment, Instant eta) {
		jdbc.sql("update shipments.shipment set eta = ? where id = ?").params(ts(eta), shipment).update();
	}

	int open(UUID shipment) {
		return jdbc
			.sql("select count(*) from shipments.tracking_exception where shipment_id = ? and resolved_at is null")
			.param(shipment)
			.query(Integer.class)
			.single();
	}

	int all(UUID shipment) {
		return jdbc.sql("select count(*) from shipments.tracking_exception where shipment_id = ?")
			.param(shipment)
			.query(Integer.class)
			.single();
	}

	/** The resolutions of the shipment's exceptions, oldest first (null while open). */
	java.util.List<String> resolutions(UUID shipment) {
		return jdbc
			.sql("select coalesce(resolution, 'open') from shipments.tracking_exception where shipment_id = ? "
					+ "order by raised_at, kind")
			.param(shipment)
			.query(String.class)
			.list();
	}

	private static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

}
