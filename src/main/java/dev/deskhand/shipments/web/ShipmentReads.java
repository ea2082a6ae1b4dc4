package dev.deskhand.shipments.web;

import dev.deskhand.access.Membership;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's read side: shipments as one row each (the ingest keeps status, ETA and
 * last event on the row), counted and listed with the dashboard's filters, one shipment
 * with its events, milestones and references. A scoped member sees only the shipments of
 * the customers of her scopes: that is a condition in every query, not a filter after.
 */
@Component
class ShipmentReads {

	/**
	 * Statuses a shipment is "in exception" with (as a carrier exception rule reads
	 * them).
	 */
	static final List<String> PROBLEMS = Arrays.stream(TrackingStatus.values())
		.filter(TrackingStatus::isProblem)
		.map(TrackingStatus::code)
		.toList();

	/** Statuses after which nothing is late or at risk any more. */
	static final List<String> DONE = List.of(TrackingStatus.DELIVERED.code(), TrackingStatus.CANCELLED.code());

	private static final String SQL_AT_RISK = "(s.status <> all(:done) and ((s.eta is not null and s.promised_delivery is not null"
			+ " and s.eta > s.promised_delivery) or s.status = any(:problems)))";

	private static final String SQL_LATE = "(s.status <> all(:done) and s.promised_delivery < :now)";

	private static final String SQL_EXCEPTION = "(s.status = any(:problems))";

	private static final String SQL_DELIVERED_TODAY = "(s.status = 'delivered' and s.delivered_at >= :today)";

	private final JdbcClient jdbc;

	private final PartyManagement parties;

	private final Clock clock;

	ShipmentReads(JdbcClient jdbc, PartyManagement parties, Clock clock) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.clock = clock;
	}

	/** The dashboard's views: a count each, and the list's preset. */
	public enum View {

		ALL, RISK, LATE, EXCEPTION, DELIVERED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static View parse(@Nullable String code) {
			if (code == null || code.isBlank()) {
				return ALL;
			}
			for (View v : values()) {
				if (v.code().equals(code)) {
					return v;
				}
			}
			return ALL;
		}

		private String condition() {
			return switch (this) {
				case ALL -> "true";
				case RISK -> SQL_AT_RISK;
				case LATE -> SQL_LATE;
				case EXCEPTION -> SQL_EXCEPTION;
				case DELIVERED -> SQL_DELIVERED_TODAY;
			};
		}

	}

	public enum Sort {

		ETA("s.eta nulls last, s.number desc"), PROMISED("s.promised_delivery nulls last, s.number desc"),
		NUMBER("s.number desc"), UPDATED("s.last_event_at desc nulls last, s.number desc");

		private final String order;

		Sort(String order) {
			this.order = order;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Sort parse(@Nullable String code) {
			for (Sort s : values()) {
				if (s.code().equals(code)) {
					return s;
				}
			}
			return ETA;
		}

	}

	/**
	 * What the dashboard's form filters on (blank: no filter); lane is
	 * {@code ORIGIN>DESTINATION} as {@link Lane#key()} writes it.
	 */
	public record Filter(View view, @Nullable UUID customer, @Nullable UUID carrier, @Nullable String mode,
			@Nullable String lane, @Nullable String status, @Nullable String q, Sort sort) {
	}

	/** One shipment as a dashboard row and a shipment page's header. */
	public record ShipmentRow(UUID id, long number, @Nullable String mode, @Nullable UUID customerId, String customer,
			@Nullable UUID carrierId, String carrier, @Nullable String carrierCode, String origin, String destination,
			@Nullable Instant promised, @Nullable Instant eta, @Nullable String etaSource, String status,
			@Nullable Instant statusAt, @Nullable String lastLocation, @Nullable Instant deliveredAt,
			@Nullable Instant lastEventAt, boolean createdByImport, String reference, boolean late, boolean atRisk) {

		public String label() {
			return "S-" + number;
		}

		public boolean problem() {
			return PROBLEMS.contains(status);
		}

	}

	public record Lane(String origin, String destination) {

		public String key() {
			return origin + ">" + destination;
		}

	}

	public record Counts(long risk, long late, long exception, long delivered, long all) {
	}

	/** The customers and carriers the member sees, by id (names for the rows). */
	Map<UUID, PartyView> parties(Membership m) {
		Map<UUID, PartyView> byId = new LinkedHashMap<>();
		parties.list(m, null, null, PartyManagement.MAX_LIST).forEach(p -> byId.put(p.id().value(), p));
		return byId;
	}

	Counts counts(Membership m) {
		Map<String, Object> params = params(m);
		return jdbc
			.sql("select count(*) filter (where " + SQL_AT_RISK + "), count(*) filter (where " + SQL_LATE
					+ "), count(*) filter (where " + SQL_EXCEPTION + "), count(*) filter (where " + SQL_DELIVERED_TODAY
					+ "), count(*) from shipments.shipment s where s.workspace_id = :ws and " + scope(m))
			.params(params)
			.query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	Page<ShipmentRow> list(Membership m, Filter f, PageRequest request) {
		Map<String, Object> params = params(m);
		String where = where(m, f, params);
		long total = jdbc.sql("select count(*) from shipments.shipment s where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", request.size());
		params.put("offset", request.offset());
		List<ShipmentRow> rows = jdbc
			.sql(select() + " where " + where + " order by " + f.sort().order + " limit :limit offset :offset")
			.params(params)
			.query(rowMapper(parties(m)))
			.list();
		return Page.of(rows, request, total);
	}

	/** Every row of the filtered list (the CSV export), at most {@code limit}. */
	List<ShipmentRow> all(Membership m, Filter f, int limit) {
		Map<String, Object> params = params(m);
		String where = where(m, f, params);
		params.put("limit", limit);
		return jdbc.sql(select() + " where " + where + " order by " + f.sort().order + " limit :limit")
			.params(params)
			.query(rowMapper(parties(m)))
			.list();
	}

	/** The lanes of the member's shipments, for the lane filter. */
	List<Lane> lanes(Membership m) {
		return jdbc
			.sql("select distinct coalesce(s.origin_name, s.origin_unlocode, ''), coalesce(s.destination_name,"
					+ " s.destination_unlocode, '') from shipments.shipment s where s.workspace_id = :ws and "
					+ scope(m) + " order by 1, 2 limit 300")
			.params(params(m))
			.query((rs, i) -> new Lane(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.filter(l -> !l.origin().isEmpty() || !l.destination().isEmpty())
			.toList();
	}

	/**
	 * One shipment the member may see.
	 * @throws NotFoundException when it does not exist in the workspace or is outside her
	 * scopes
	 */
	ShipmentRow shipment(Membership m, UUID id) {
		Map<String, Object> params = params(m);
		params.put("id", id);
		return jdbc.sql(select() + " where s.workspace_id = :ws and s.id = :id and " + scope(m))
			.params(params)
			.query(rowMapper(parties(m)))
			.optional()
			.orElseThrow(() -> new NotFoundException(Text.of("shipments.page.notFound")));
	}

	/** A tracking event as the timeline shows it. */
	public record EventLine(UUID id, String status, String classifier, String carrierCode,
			@Nullable String carrierReason, Instant eventTime, @Nullable String zoneUsed, String location,
			String source, Instant receivedAt, int revision, @Nullable Instant retractedAt, @Nullable String flagged,
			boolean lateArrival) {

		public boolean actual() {
			return "actual".equals(classifier);
		}

		public boolean retracted() {
			return retractedAt != null;
		}

		public boolean updated() {
			return revision > 1;
		}

	}

	/**
	 * The shipment's events by event time, newest first; an event that arrived after one
	 * that happened later is marked as a late arrival (placed by when it happened).
	 */
	List<EventLine> events(UUID shipment) {
		List<EventLine> lines = jdbc.sql("""
				select id, status, classifier, carrier_code, carrier_reason, event_time, zone_used,
				       coalesce(location_name, location_unlocode, '') as location, source, received_at, revision,
				       retracted_at, flagged,
				       exists (select 1 from shipments.tracking_event o where o.shipment_id = e.shipment_id
				               and o.classifier = 'actual' and o.event_time > e.event_time
				               and o.received_at < e.received_at) as late_arrival
				from shipments.tracking_event e where shipment_id = ? order by event_time desc, received_at desc
				""")
			.params(shipment)
			.query((rs, i) -> new EventLine(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getString("classifier"), rs.getString("carrier_code"), rs.getString("carrier_reason"),
					instant(rs, "event_time"), rs.getString("zone_used"), rs.getString("location"),
					rs.getString("source"), instant(rs, "received_at"), rs.getInt("revision"),
					instant(rs, "retracted_at"), rs.getString("flagged"), rs.getBoolean("late_arrival")))
			.list();
		return lines;
	}

	/**
	 * A planned milestone and the first actual event of its status (and place) after all.
	 */
	public record Milestone(String status, String location, Instant planned, @Nullable Instant actual) {

		public boolean missed(Instant now) {
			return actual == null && planned.isBefore(now);
		}

		public boolean late() {
			return actual != null && actual.isAfter(planned);
		}

	}

	List<Milestone> milestones(UUID shipment) {
		return jdbc.sql("""
				select m.status, m.location, m.planned_at,
				       (select min(e.event_time) from shipments.tracking_event e
				        where e.shipment_id = m.shipment_id and e.status = m.status and e.classifier = 'actual'
				          and e.retracted_at is null
				          and (m.location = '' or m.location in (coalesce(e.location_unlocode, ''),
				                                                 coalesce(e.location_name, '')))) as actual
				from shipments.milestone m where m.shipment_id = ? order by m.planned_at
				""")
			.params(shipment)
			.query((rs, i) -> new Milestone(rs.getString(1), rs.getString(2), instant(rs, "planned_at"),
					instant(rs, "actual")))
			.list();
	}

	public record Reference(String type, String value, String written, boolean valid) {
	}

	/** The order the shipment carries, if any. */
	java.util.Optional<UUID> orderOf(UUID shipment) {
		return jdbc.sql("select order_id from shipments.shipment where id = ? and order_id is not null")
			.param(shipment)
			.query(UUID.class)
			.optional();
	}

	List<Reference> references(UUID shipment) {
		return jdbc
			.sql("select type, value, written, valid from shipments.shipment_reference where shipment_id = ?"
					+ " order by type, value")
			.params(shipment)
			.query((rs, i) -> new Reference(typeCode(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getBoolean(4)))
			.list();
	}

	/** The reference type as the message keys name it, whether stored as code or name. */
	static String typeCode(String stored) {
		return stored.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A file of events and what became of it. */
	public record Import(UUID id, String fileName, String format, String createdBy, Instant createdAt,
			@Nullable String outcome) {
	}

	List<Import> imports(Membership m, int limit) {
		return jdbc
			.sql("select id, file_name, format, created_by, created_at, outcome::text from shipments.import_file"
					+ " where workspace_id = ? order by created_at desc limit ?")
			.params(m.workspace().id().value(), limit)
			.query((rs, i) -> new Import(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					instant(rs, "created_at"), rs.getString(6)))
			.list();
	}

	private String select() {
		return """
				select s.*, (select coalesce(r.written, r.value) from shipments.shipment_reference r
				             where r.shipment_id = s.id order by r.type, r.value limit 1) as reference,
				       %s as is_late, %s as is_at_risk
				from shipments.shipment s""".formatted(SQL_LATE, SQL_AT_RISK);
	}

	private Map<String, Object> params(Membership m) {
		Map<String, Object> p = new HashMap<>();
		Instant now = clock.instant();
		p.put("ws", m.workspace().id().value());
		p.put("now", Timestamp.from(now));
		LocalDate today = LocalDate.ofInstant(now, m.workspace().timeZone());
		p.put("today", Timestamp.from(today.atStartOfDay(m.workspace().timeZone()).toInstant()));
		p.put("done", DONE.toArray(String[]::new));
		p.put("problems", PROBLEMS.toArray(String[]::new));
		if (m.scoped()) {
			p.put("customers",
					parties.list(m, PartyKind.CUSTOMER, null, PartyManagement.MAX_LIST)
						.stream()
						.map(c -> c.id().value())
						.toArray(UUID[]::new));
		}
		return p;
	}

	/** A scoped member: only her customers' shipments (none without a customer). */
	private static String scope(Membership m) {
		return m.scoped() ? "s.customer_id = any(:customers)" : "true";
	}

	private static String where(Membership m, Filter f, Map<String, Object> p) {
		List<String> and = new ArrayList<>();
		and.add("s.workspace_id = :ws");
		and.add(scope(m));
		and.add(f.view().condition());
		if (f.customer() != null) {
			and.add("s.customer_id = :customer");
			p.put("customer", f.customer());
		}
		if (f.carrier() != null) {
			and.add("s.carrier_id = :carrier");
			p.put("carrier", f.carrier());
		}
		if (blank(f.mode()) == null) {
			// no mode filter
		}
		else {
			and.add("s.mode = :mode");
			p.put("mode", f.mode());
		}
		if (blank(f.status()) != null) {
			and.add("s.status = :status");
			p.put("status", f.status());
		}
		String lane = blank(f.lane());
		if (lane != null && lane.contains(">")) {
			and.add("coalesce(s.origin_name, s.origin_unlocode, '') = :origin"
					+ " and coalesce(s.destination_name, s.destination_unlocode, '') = :destination");
			p.put("origin", lane.substring(0, lane.indexOf('>')));
			p.put("destination", lane.substring(lane.indexOf('>') + 1));
		}
		String q = blank(f.q());
		if (q != null) {
			String number = q.replaceFirst("(?i)^s-?", "");
			and.add("(s.number::text = :number or exists (select 1 from shipments.shipment_reference r where"
					+ " r.shipment_id = s.id and (r.value like :ref or r.written ilike :like))"
					+ " or s.origin_name ilike :like or s.destination_name ilike :like"
					+ " or s.origin_unlocode ilike :like or s.destination_unlocode ilike :like"
					+ " or s.carrier_code ilike :like)");
			p.put("number", number);
			p.put("ref", "%" + escape(q.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")) + "%");
			p.put("like", "%" + escape(q) + "%");
		}
		return String.join(" and ", and);
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static org.springframework.jdbc.core.RowMapper<ShipmentRow> rowMapper(Map<UUID, PartyView> parties) {
		return (rs, i) -> {
			UUID customer = rs.getObject("customer_id", UUID.class);
			UUID carrier = rs.getObject("carrier_id", UUID.class);
			String carrierCode = rs.getString("carrier_code");
			return new ShipmentRow(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("mode"), customer,
					name(parties, customer, ""), carrier,
					name(parties, carrier, carrierCode == null ? "" : carrierCode), carrierCode, place(rs, "origin"),
					place(rs, "destination"), instant(rs, "promised_delivery"), instant(rs, "eta"),
					rs.getString("eta_source"), rs.getString("status"), instant(rs, "status_at"),
					rs.getString("last_location"), instant(rs, "delivered_at"), instant(rs, "last_event_at"),
					rs.getBoolean("created_by_import"),
					rs.getString("reference") == null ? "" : rs.getString("reference"), rs.getBoolean("is_late"),
					rs.getBoolean("is_at_risk"));
		};
	}

	private static String name(Map<UUID, PartyView> parties, @Nullable UUID id, String otherwise) {
		PartyView p = id == null ? null : parties.get(id);
		return p == null ? otherwise : p.name();
	}

	private static String place(ResultSet rs, String prefix) throws SQLException {
		String name = rs.getString(prefix + "_name");
		String code = rs.getString(prefix + "_unlocode");
		if (name != null && !name.isBlank()) {
			return name;
		}
		return code == null ? "" : code;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
