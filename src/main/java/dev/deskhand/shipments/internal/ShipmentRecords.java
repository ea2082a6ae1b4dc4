package dev.deskhand.shipments.internal;

import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TrackingEventView;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shipments typed in by hand, and every shipment and its timeline as views, in plain SQL.
 */
@Repository
public class ShipmentRecords {

	private final JdbcClient jdbc;

	private final PartyManagement parties;

	private final JsonMapper json;

	ShipmentRecords(JdbcClient jdbc, PartyManagement parties, JsonMapper json) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.json = json;
	}

	/** A shipment's own fields as typed in (references and milestones checked). */
	public record Fields(@Nullable TransportMode mode, @Nullable UUID customer, @Nullable UUID carrier,
			List<ReferenceCheck.Checked> references, @Nullable Instant promisedDelivery,
			ShipmentView.@Nullable Place origin, ShipmentView.@Nullable Place destination,
			List<ShipmentView.MilestoneView> milestones, @Nullable UUID order) {
	}

	public Optional<ShipmentView> find(WorkspaceId ws, ShipmentId id) {
		return jdbc.sql("select * from shipments.shipment where workspace_id = ? and id = ?")
			.params(ws.value(), id.value())
			.query(this::row)
			.optional()
			.map(this::complete);
	}

	/** The shipment known by this reference (normalised), if any. */
	public Optional<ShipmentId> byReference(WorkspaceId ws, String value) {
		return jdbc
			.sql("select shipment_id from shipments.shipment_reference where workspace_id = ? and value = ? limit 1")
			.params(ws.value(), ReferenceCheck.normalise(value))
			.query((rs, n) -> new ShipmentId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** The shipments known by any of these references (normalised), each once. */
	public List<ShipmentId> byReferences(WorkspaceId ws, java.util.Collection<String> values) {
		if (values.isEmpty()) {
			return List.of();
		}
		String[] normalised = values.stream().map(ReferenceCheck::normalise).distinct().toArray(String[]::new);
		return jdbc
			.sql("select distinct shipment_id from shipments.shipment_reference where workspace_id = ? "
					+ "and value = any(?) limit 50")
			.params(ws.value(), normalised)
			.query((rs, n) -> new ShipmentId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The documents attached to the shipment as its POD, newest first. */
	public List<dev.deskhand.documents.DocumentId> proofsOfDelivery(WorkspaceId ws, ShipmentId id) {
		return jdbc.sql("""
				select d.document_id from shipments.shipment_document d
				join shipments.shipment s on s.id = d.shipment_id
				where s.workspace_id = ? and d.shipment_id = ? and d.kind = 'pod' order by d.attached_at desc""")
			.params(ws.value(), id.value())
			.query((rs, n) -> new dev.deskhand.documents.DocumentId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The shipment that has this reference, other than {@code except}. */
	public Optional<ShipmentId> owner(WorkspaceId ws, ReferenceType type, String value, @Nullable ShipmentId except) {
		return jdbc
			.sql("select shipment_id from shipments.shipment_reference where workspace_id = ? and value = ? "
					+ "and type = ? and (?::uuid is null or shipment_id <> ?::uuid)")
			.params(ws.value(), value, type.code(), except == null ? null : except.value(),
					except == null ? null : except.value())
			.query((rs, n) -> new ShipmentId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public ShipmentId create(WorkspaceId ws, Fields f, Instant now) {
		ShipmentId id = ShipmentId.random();
		long number = jdbc
			.sql("insert into shipments.shipment_counter (workspace_id, last) values (?, 1) on conflict (workspace_id) "
					+ "do update set last = shipments.shipment_counter.last + 1 returning last")
			.param(ws.value())
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into shipments.shipment (id, workspace_id, number, mode, customer_id, carrier_id, order_id,
				    origin_unlocode, origin_name, destination_unlocode, destination_name, promised_delivery,
				    created_by_import, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""")
			.params(id.value(), ws.value(), number, f.mode() == null ? null : f.mode().code(), f.customer(),
					f.carrier(), f.order(), unlocode(f.origin()), name(f.origin()), unlocode(f.destination()),
					name(f.destination()), ts(f.promisedDelivery()), Timestamp.from(now), Timestamp.from(now))
			.update();
		children(ws, id, f);
		return id;
	}

	public void update(WorkspaceId ws, ShipmentId id, Fields f, Instant now) {
		jdbc.sql("""
				update shipments.shipment set mode = ?, customer_id = ?, carrier_id = ?, order_id = ?,
				    origin_unlocode = ?, origin_name = ?, destination_unlocode = ?, destination_name = ?,
				    promised_delivery = ?, updated_at = ? where workspace_id = ? and id = ?""")
			.params(f.mode() == null ? null : f.mode().code(), f.customer(), f.carrier(), f.order(),
					unlocode(f.origin()), name(f.origin()), unlocode(f.destination()), name(f.destination()),
					ts(f.promisedDelivery()), Timestamp.from(now), ws.value(), id.value())
			.update();
		jdbc.sql("delete from shipments.shipment_reference where shipment_id = ?").param(id.value()).update();
		jdbc.sql("delete from shipments.milestone where shipment_id = ?").param(id.value()).update();
		children(ws, id, f);
	}

	private void children(WorkspaceId ws, ShipmentId id, Fields f) {
		for (ReferenceCheck.Checked r : f.references()) {
			jdbc.sql(
					"insert into shipments.shipment_reference (shipment_id, workspace_id, type, value, written, valid) "
							+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
				.params(id.value(), ws.value(), r.type().code(), r.value(), r.written(), r.valid())
				.update();
		}
		for (ShipmentView.MilestoneView m : f.milestones()) {
			jdbc.sql("insert into shipments.milestone (shipment_id, status, location, planned_at) values (?, ?, ?, ?) "
					+ "on conflict (shipment_id, status, location) do update set planned_at = excluded.planned_at")
				.params(id.value(), m.status().code(), m.location(), Timestamp.from(m.plannedAt()))
				.update();
		}
	}

	/**
	 * The timeline by event time (then by arrival), retracted events included and marked.
	 */
	public List<TrackingEventView> events(ShipmentId id) {
		return jdbc
			.sql("select * from shipments.tracking_event where shipment_id = ? order by event_time, received_at, id")
			.param(id.value())
			.query(this::event)
			.list();
	}

	private TrackingEventView event(ResultSet rs, int n) throws SQLException {
		String unlocode = rs.getString("location_unlocode");
		String name = rs.getString("location_name");
		List<Map<String, Object>> refs = json.readValue(rs.getString("refs"), new TypeReference<>() {
		});
		Map<String, String> details = json.readValue(rs.getString("details"), new TypeReference<>() {
		});
		return new TrackingEventView(rs.getObject("id", UUID.class),
				new ShipmentId(rs.getObject("shipment_id", UUID.class)), TrackingStatus.parse(rs.getString("status")),
				Classifier.parse(rs.getString("classifier")), rs.getString("carrier_code"),
				rs.getString("carrier_reason"), instant(rs, "event_time"), rs.getString("zone_used"),
				instant(rs, "received_at"),
				unlocode == null && name == null ? null : new ShipmentView.Place(unlocode, name),
				rs.getString("source"), rs.getString("external_id"), rs.getInt("revision"),
				instantOrNull(rs, "retracted_at"), rs.getString("retracted_by"), rs.getString("flagged"), details,
				refs.stream()
					.map(r -> new TrackingEventView.EventReference((String) r.get("type"),
							String.valueOf(r.get("value")), Boolean.TRUE.equals(r.get("valid")),
							(String) r.get("reason")))
					.toList());
	}

	private record Row(ShipmentView view, @Nullable UUID customer, @Nullable UUID carrier) {
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String mode = rs.getString("mode");
		ShipmentView v = new ShipmentView(new ShipmentId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getLong("number"),
				mode == null ? null : TransportMode.parse(mode), null, null, rs.getString("carrier_code"), List.of(),
				TrackingStatus.parse(rs.getString("status")), instantOrNull(rs, "status_at"), instantOrNull(rs, "eta"),
				rs.getString("eta_source"), instantOrNull(rs, "promised_delivery"), rs.getString("last_location"),
				instantOrNull(rs, "last_event_at"), instantOrNull(rs, "delivered_at"),
				place(rs.getString("origin_unlocode"), rs.getString("origin_name")),
				place(rs.getString("destination_unlocode"), rs.getString("destination_name")), List.of(),
				rs.getObject("order_id", UUID.class), rs.getBoolean("created_by_import"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
		return new Row(v, rs.getObject("customer_id", UUID.class), rs.getObject("carrier_id", UUID.class));
	}

	private ShipmentView complete(Row r) {
		ShipmentView v = r.view();
		List<ShipmentView.ReferenceView> refs = jdbc
			.sql("select type, value, written, valid from shipments.shipment_reference where shipment_id = ? "
					+ "order by type, value")
			.param(v.id().value())
			.query((rs, n) -> new ShipmentView.ReferenceView(ReferenceType.parse(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getBoolean(4)))
			.list();
		List<ShipmentView.MilestoneView> milestones = jdbc
			.sql("select status, location, planned_at from shipments.milestone where shipment_id = ? "
					+ "order by planned_at, status")
			.param(v.id().value())
			.query((rs, n) -> new ShipmentView.MilestoneView(TrackingStatus.parse(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
		Map<UUID, ShipmentView.PartyRef> names = new HashMap<>();
		return new ShipmentView(v.id(), v.workspace(), v.number(), v.mode(), party(v.workspace(), r.customer(), names),
				party(v.workspace(), r.carrier(), names), v.carrierCode(), refs, v.status(), v.statusAt(), v.eta(),
				v.etaSource(), v.promisedDelivery(), v.lastLocation(), v.lastEventAt(), v.deliveredAt(), v.origin(),
				v.destination(), milestones, v.orderId(), v.createdByImport(), v.createdAt(), v.updatedAt());
	}

	private ShipmentView.@Nullable PartyRef party(WorkspaceId ws, @Nullable UUID id,
			Map<UUID, ShipmentView.PartyRef> names) {
		if (id == null) {
			return null;
		}
		return names.computeIfAbsent(id,
				k -> parties.find(ws, new PartyId(k))
					.map(p -> new ShipmentView.PartyRef(k, p.name()))
					.orElse(new ShipmentView.PartyRef(k, "")));
	}

	/** The ids of the workspace's customers named, for a scoped member's lists. */
	public List<UUID> customerIds(WorkspaceId ws, List<String> names) {
		List<UUID> ids = new ArrayList<>();
		for (PartyView p : parties.search(ws, "", PartyManagement.MAX_LIST)) {
			if (p.kind() == dev.deskhand.parties.PartyKind.CUSTOMER && names.contains(p.name())) {
				ids.add(p.id().value());
			}
		}
		return ids;
	}

	private static ShipmentView.@Nullable Place place(@Nullable String unlocode, @Nullable String name) {
		return unlocode == null && name == null ? null : new ShipmentView.Place(unlocode, name);
	}

	private static @Nullable String unlocode(ShipmentView.@Nullable Place p) {
		return p == null ? null : p.unlocode();
	}

	private static @Nullable String name(ShipmentView.@Nullable Place p) {
		return p == null ? null : p.name();
	}

	private static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
