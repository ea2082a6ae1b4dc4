package dev.deskhand.shipments.internal;

import dev.deskhand.references.ReferenceEntry;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.ParsedEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Stores one batch of checked events in the caller's transaction, in a handful of
 * statements whatever the batch's size: matches events to shipments by any reference,
 * creates a shipment for an unknown one, inserts new events, records updates, honours
 * retractions, keeps planned events as milestones and derives the touched shipments'
 * status, ETA and last place from their events. Imports of one workspace take turns (a
 * transaction-scoped advisory lock), so two never create the same shipment twice.
 */
@Component
class EventStore {

	/** Rows per multi-row statement. */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	EventStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** What became of a batch. */
	record Stored(int accepted, int duplicates, int updated, List<TrackingIngest.Flag> flagged, Set<UUID> shipments,
			List<ReferenceEntry> references) {
	}

	/**
	 * What a digest maps to once an event of the batch has it: a later repeat is a
	 * duplicate.
	 */
	private static final Existing SEEN = new Existing(new UUID(0, 0), new UUID(0, 0), "", null, "", 1, "", "",
			new Timestamp(0), "");

	private record Existing(UUID id, UUID shipment, String source, @Nullable String externalId, String digest,
			int revision, String status, String classifier, Timestamp eventTime, String raw) {
	}

	private record NewShipment(UUID id, @Nullable TransportMode mode, @Nullable UUID customer, @Nullable UUID carrier,
			@Nullable String carrierCode) {
	}

	private record NewRef(UUID shipment, ReferenceCheck.Checked ref) {
	}

	private record Row(IngestCheck.CheckedEvent event, UUID id, UUID shipment) {
	}

	/**
	 * Stores a batch.
	 * @param enteredBy what the references the batch brings are recorded as entered by
	 * ({@code import:FORMAT})
	 */
	Stored store(WorkspaceId ws, @Nullable UUID importId, List<IngestCheck.CheckedEvent> batch, PartyLookup parties,
			Instant now, String enteredBy) {
		jdbc.sql("select pg_advisory_xact_lock(5001, hashtext(?))").param(ws.toString()).query().singleRow();
		Map<String, UUID> known = shipmentsByReference(ws, batch);
		// a stored event's references are all its shipment's, so an event naming only
		// references no shipment has is new: only the others are looked up (a bulk
		// import of new shipments looks up nothing). The one exception, an event resent
		// under its id with corrected references, is stopped by the unique index on
		// (source, external id): then the batch is stored again, every event looked up.
		List<IngestCheck.CheckedEvent> maybeStored = batch.stream()
			.filter(c -> c.references().isEmpty()
					|| c.references().stream().anyMatch(r -> known.containsKey(r.value())))
			.toList();
		if (maybeStored.size() == batch.size()) {
			return write(ws, importId, batch, parties, now, enteredBy, known, existing(ws, batch));
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Savepoint before = connection.setSavepoint();
			try {
				Stored stored = write(ws, importId, batch, parties, now, enteredBy, new HashMap<>(known),
						existing(ws, maybeStored));
				connection.releaseSavepoint(before);
				return stored;
			}
			catch (DataAccessException e) {
				if (!(e.getMostSpecificCause() instanceof SQLException x && "23505".equals(x.getSQLState()))) {
					throw e;
				}
				connection.rollback(before);
				return write(ws, importId, batch, parties, now, enteredBy, known, existing(ws, batch));
			}
		}
		catch (SQLException e) {
			throw new UncategorizedSQLException("savepoint", "", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** What the batch's events found stored: by content digest and by source and id. */
	private record Found(Map<String, Existing> byDigest, Map<String, Existing> byId) {
	}

	private Stored write(WorkspaceId ws, @Nullable UUID importId, List<IngestCheck.CheckedEvent> batch,
			PartyLookup parties, Instant now, String enteredBy, Map<String, UUID> shipmentOf, Found found) {
		Map<String, Existing> byDigest = found.byDigest();
		Map<String, Existing> byId = found.byId();
		List<NewShipment> shipments = new ArrayList<>();
		List<NewRef> refs = new ArrayList<>();
		List<Row> inserts = new ArrayList<>();
		List<Row> updates = new ArrayList<>();
		Map<UUID, Existing> replaced = new HashMap<>();
		List<TrackingIngest.Flag> flagged = new ArrayList<>();
		Set<UUID> touched = new LinkedHashSet<>();
		int duplicates = 0;
		for (IngestCheck.CheckedEvent c : batch) {
			ParsedEvent e = c.event();
			if (byDigest.containsKey(c.digest())) {
				duplicates++;
				continue;
			}
			Existing same = e.externalId() == null ? null : byId.get(c.source() + "\u0000" + e.externalId());
			if (same != null) {
				Row row = new Row(c, same.id(), same.shipment());
				updates.add(row);
				replaced.put(same.id(), same);
				touched.add(same.shipment());
			}
			else {
				UUID shipment = null;
				for (ReferenceCheck.Checked r : c.references()) {
					shipment = shipmentOf.get(r.value());
					if (shipment != null) {
						break;
					}
				}
				if (shipment == null) {
					shipment = UUID.randomUUID();
					shipments.add(new NewShipment(shipment, mode(e, c.references()),
							parties.customer(e.details().get("customer")), parties.carrier(e.carrier(), c.references()),
							e.carrier()));
				}
				for (ReferenceCheck.Checked r : c.references()) {
					if (shipmentOf.putIfAbsent(r.value(), shipment) == null) {
						refs.add(new NewRef(shipment, r));
					}
				}
				inserts.add(new Row(c, UUID.randomUUID(), shipment));
				touched.add(shipment);
			}
			byDigest.put(c.digest(), SEEN);
			if (c.flag() != null) {
				flagged.add(new TrackingIngest.Flag(e.position(), c.flaggedReference(), c.flag()));
			}
		}
		List<Row> written = new ArrayList<>(inserts);
		written.addAll(updates);
		// a new shipment's events are all in this batch: its status is folded from them
		// here and stored with it, unless the batch retracts an event
		Map<UUID, Derived> derived = written.stream().anyMatch(r -> r.event().event().retracts() != null) ? Map.of()
				: derived(shipments, inserts);
		insertShipments(ws, shipments, derived, now);
		insertReferences(ws, refs);
		insertEvents(ws, importId, inserts, now);
		for (Row u : updates) {
			update(u, replaced.get(u.id()), now);
		}
		retract(ws, written, now, touched);
		milestones(written);
		Set<UUID> stale = new LinkedHashSet<>(touched);
		stale.removeAll(derived.keySet());
		derive(stale, now);
		List<ReferenceEntry> entries = new ArrayList<>(refs.size());
		for (NewRef r : refs) {
			entries.add(new ReferenceEntry(r.ref().type(), r.ref().written(), r.ref().valid(), enteredBy, "shipment",
					r.shipment()));
		}
		return new Stored(inserts.size(), duplicates, updates.size(), flagged, touched, entries);
	}

	private static Map<UUID, Derived> derived(List<NewShipment> shipments, List<Row> inserts) {
		Map<UUID, Derived.Fold> folds = new HashMap<>(shipments.size() * 2);
		for (NewShipment s : shipments) {
			folds.put(s.id(), new Derived.Fold());
		}
		for (Row r : inserts) {
			Derived.Fold f = folds.get(r.shipment());
			if (f != null) {
				f.add(r.event().event(), r.event().source());
			}
		}
		Map<UUID, Derived> out = new HashMap<>(folds.size() * 2);
		folds.forEach((id, f) -> out.put(id, f.derived()));
		return out;
	}

	private static @Nullable TransportMode mode(ParsedEvent e, List<ReferenceCheck.Checked> refs) {
		if (e.mode() != null) {
			return e.mode();
		}
		for (ReferenceCheck.Checked r : refs) {
			switch (r.type()) {
				case CONTAINER, BILL_OF_LADING:
					return TransportMode.OCEAN;
				case AIR_WAYBILL:
					return TransportMode.AIR;
				case TRACKING_NUMBER:
					return TransportMode.PARCEL;
				default:
					break;
			}
		}
		return null;
	}

	private Found existing(WorkspaceId ws, List<IngestCheck.CheckedEvent> batch) {
		Map<String, Existing> byDigest = new HashMap<>();
		Map<String, Existing> byId = new HashMap<>();
		if (batch.isEmpty()) {
			return new Found(byDigest, byId);
		}
		String[] digests = batch.stream().map(IngestCheck.CheckedEvent::digest).toArray(String[]::new);
		List<IngestCheck.CheckedEvent> withId = batch.stream().filter(c -> c.event().externalId() != null).toList();
		String[] sources = withId.stream().map(IngestCheck.CheckedEvent::source).toArray(String[]::new);
		String[] ids = withId.stream().map(c -> c.event().externalId()).toArray(String[]::new);
		String columns = "t.id, t.shipment_id, t.source, t.external_id, t.digest, t.revision, t.status, "
				+ "t.classifier, t.event_time, t.raw";
		// each value looked up on its own, by index (a lateral subquery with a limit,
		// which the planner cannot turn into a scan): planned with statistics from before
		// a bulk import ("a workspace of 300 references"), "= any(list)" or a join on the
		// list read the workspace's whole index range for every batch, 60 ms a batch at
		// 20,000 shipments and growing with them
		jdbc.sql("select " + columns + " from unnest(?::uuid[]) as u(digest) cross join lateral (select * from "
				+ "shipments.tracking_event t where t.workspace_id = ? and t.digest = u.digest limit 1) t")
			.params(digests, ws.value())
			.query(EventStore::existingRow)
			.list()
			.forEach(x -> byDigest.put(x.digest(), x));
		if (ids.length > 0) {
			jdbc.sql("select " + columns + " from unnest(?::text[], ?::text[]) as u(s, e) cross join lateral (select * "
					+ "from shipments.tracking_event t where t.workspace_id = ? and t.source = u.s "
					+ "and t.external_id = u.e limit 1) t")
				.params(sources, ids, ws.value())
				.query(EventStore::existingRow)
				.list()
				.forEach(x -> byId.put(x.source() + "\u0000" + x.externalId(), x));
		}
		return new Found(byDigest, byId);
	}

	private static Existing existingRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Existing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9), rs.getString(10));
	}

	private Map<String, UUID> shipmentsByReference(WorkspaceId ws, List<IngestCheck.CheckedEvent> batch) {
		String[] values = batch.stream()
			.flatMap(c -> c.references().stream())
			.map(ReferenceCheck.Checked::value)
			.distinct()
			.toArray(String[]::new);
		Map<String, UUID> found = new HashMap<>();
		// each value on its own, by index (see existing)
		jdbc.sql("select u.value, r.shipment_id from unnest(?::text[]) as u(value) cross join lateral (select "
				+ "shipment_id from shipments.shipment_reference r where r.workspace_id = ? and r.value = u.value "
				+ "limit 1) r")
			.params(values, ws.value())
			.query((rs, n) -> found.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class)))
			.list();
		return found;
	}

	private void insertShipments(WorkspaceId ws, List<NewShipment> shipments, Map<UUID, Derived> derived, Instant now) {
		if (shipments.isEmpty()) {
			return;
		}
		long last = jdbc
			.sql("insert into shipments.shipment_counter (workspace_id, last) values (?, ?) on conflict (workspace_id) "
					+ "do update set last = shipments.shipment_counter.last + excluded.last returning last")
			.params(ws.value(), shipments.size())
			.query(Long.class)
			.single();
		long number = last - shipments.size();
		Timestamp at = Timestamp.from(now);
		for (List<NewShipment> chunk : chunks(shipments)) {
			List<Object> params = new ArrayList<>();
			for (NewShipment s : chunk) {
				Derived d = derived.getOrDefault(s.id(), Derived.NONE);
				params.addAll(java.util.Arrays.asList(s.id(), ws.value(), ++number,
						s.mode() == null ? null : s.mode().code(), s.customer(), s.carrier(), s.carrierCode(),
						d.status(), time(d.statusAt()), time(d.statusAt()), d.lastLocation(), time(d.deliveredAt()),
						time(d.eta()), d.etaSource(), at, at));
			}
			jdbc.sql("insert into shipments.shipment (id, workspace_id, number, mode, customer_id, carrier_id, "
					+ "carrier_code, status, status_at, last_event_at, last_location, delivered_at, eta, eta_source, "
					+ "created_by_import, created_at, updated_at) values "
					+ tuples(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)"))
				.params(params)
				.update();
		}
	}

	private static @Nullable Timestamp time(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private void insertReferences(WorkspaceId ws, List<NewRef> refs) {
		for (List<NewRef> chunk : chunks(refs)) {
			List<Object> params = new ArrayList<>();
			for (NewRef r : chunk) {
				params.addAll(List.of(r.shipment(), ws.value(), r.ref().type().code(), r.ref().value(),
						r.ref().written(), r.ref().valid()));
			}
			jdbc.sql(
					"insert into shipments.shipment_reference (shipment_id, workspace_id, type, value, written, valid) "
							+ "values " + tuples(chunk.size(), "(?, ?, ?, ?, ?, ?)") + " on conflict do nothing")
				.params(params)
				.update();
		}
	}

	/** Bytes of rows sent to a {@code COPY} at a time (a row larger than that alone). */
	private static final int COPY_PIECE = 64 * 1024;

	private static final String COPY = "copy shipments.tracking_event (id, workspace_id, shipment_id, source, "
			+ "external_id, digest, status, classifier, carrier_code, carrier_reason, event_time, zone_used, "
			+ "location_unlocode, location_name, refs, details, flagged, raw, received_at, import_id) "
			+ "from stdin (format text)";

	/**
	 * The whole batch in one {@code COPY} on the transaction's connection: as fast as
	 * PostgreSQL takes rows (an insert of unnested arrays with {@code on conflict} took
	 * 1.6 times as long). Nothing in it can conflict: under the workspace's lock,
	 * {@link #existing} found every stored event with the same id or content, and the
	 * file's own repeats were folded before.
	 */
	private void insertEvents(WorkspaceId ws, @Nullable UUID importId, List<Row> rows, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		byte[] tail = tail(now, importId);
		Connection c = DataSourceUtils.getConnection(dataSource);
		CopyIn copy = null;
		try {
			copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			// in the text format, sent in pieces of about 64 kB as they are written: no
			// batch-sized text (megabytes, which the collector handles as humongous
			// objects), and no text at all: the checked events' fields are UTF-8 already,
			// the ids are written as bytes
			byte[] piece = new byte[COPY_PIECE];
			int at = 0;
			byte[] workspace = ("\t" + ws.value()).getBytes(StandardCharsets.US_ASCII);
			for (Row r : rows) {
				byte[] fields = r.event().copyFields();
				int length = 36 + workspace.length + 37 + fields.length + tail.length;
				if (at + length > piece.length) {
					copy.writeToCopy(piece, 0, at);
					at = 0;
					if (length > piece.length) {
						piece = new byte[length];
					}
				}
				at = uuid(piece, at, r.id());
				System.arraycopy(workspace, 0, piece, at, workspace.length);
				at += workspace.length;
				piece[at++] = '\t';
				at = uuid(piece, at, r.shipment());
				System.arraycopy(fields, 0, piece, at, fields.length);
				at += fields.length;
				System.arraycopy(tail, 0, piece, at, tail.length);
				at += tail.length;
			}
			copy.writeToCopy(piece, 0, at);
			copy.endCopy();
			copy = null;
		}
		catch (SQLException e) {
			throw new UncategorizedSQLException("copy tracking events", COPY, e);
		}
		finally {
			if (copy != null && copy.isActive()) {
				try {
					copy.cancelCopy();
				}
				catch (SQLException ignored) {
					// the transaction rolls back anyway
				}
			}
			DataSourceUtils.releaseConnection(c, dataSource);
		}
	}

	/** The fields every row of a batch ends with: the time received and the import. */
	private static byte[] tail(Instant now, @Nullable UUID importId) {
		StringBuilder tail = new StringBuilder();
		EventRow.field(tail, now.toString());
		EventRow.field(tail, importId == null ? null : importId.toString());
		return tail.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	/** The uuid as {@link UUID#toString()} writes it, into {@code out} at {@code at}. */
	static int uuid(byte[] out, int at, UUID id) {
		long hi = id.getMostSignificantBits();
		long lo = id.getLeastSignificantBits();
		for (int k = 0; k < 32; k++) {
			if (k == 8 || k == 12 || k == 16 || k == 20) {
				out[at++] = '-';
			}
			long half = k < 16 ? hi : lo;
			out[at++] = HEX[(int) (half >>> (60 - 4 * (k % 16))) & 0xF];
		}
		return at;
	}

	private void update(Row u, Existing before, Instant now) {
		jdbc.sql("insert into shipments.event_revision (event_id, revision, replaced_at, status, classifier, "
				+ "event_time, raw) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(before.id(), before.revision(), Timestamp.from(now), before.status(), before.classifier(),
					before.eventTime(), before.raw())
			.update();
		List<Object> params = new ArrayList<>();
		params.add(u.event().digest());
		params.addAll(EventRow.values(u.event().event(), u.event().references(), u.event().flag()));
		params.add(Timestamp.from(now));
		params.add(before.id());
		jdbc.sql(
				"update shipments.tracking_event set digest = cast(? as uuid), status = ?, classifier = ?, carrier_code = ?, "
						+ "carrier_reason = ?, event_time = ?, zone_used = ?, location_unlocode = ?, location_name = ?, "
						+ "refs = ?::jsonb, details = ?::jsonb, flagged = ?, raw = ?, received_at = ?, revision = revision + 1 "
						+ "where id = ?")
			.params(params)
			.update();
	}

	private void retract(WorkspaceId ws, List<Row> rows, Instant now, Set<UUID> touched) {
		for (Row r : rows) {
			ParsedEvent e = r.event().event();
			if (e.retracts() == null) {
				continue;
			}
			jdbc.sql("update shipments.tracking_event set retracted_at = ?, retracted_by = ? where workspace_id = ? "
					+ "and source = ? and external_id = ? and retracted_at is null returning shipment_id")
				.params(Timestamp.from(now), e.externalId() == null ? r.id().toString() : e.externalId(), ws.value(),
						r.event().source(), e.retracts())
				.query((rs, n) -> touched.add(rs.getObject(1, UUID.class)))
				.list();
		}
	}

	private void milestones(List<Row> rows) {
		Map<List<Object>, Timestamp> planned = new LinkedHashMap<>();
		for (Row r : rows) {
			ParsedEvent e = r.event().event();
			if (e.classifier() == Classifier.PLANNED && e.retracts() == null) {
				String place = e.location() == null ? "" : e.location().unlocode() != null ? e.location().unlocode()
						: e.location().name() == null ? "" : e.location().name();
				planned.put(List.of(r.shipment(), e.status().code(), place), Timestamp.from(e.eventTime()));
			}
		}
		List<Map.Entry<List<Object>, Timestamp>> entries = new ArrayList<>(planned.entrySet());
		for (List<Map.Entry<List<Object>, Timestamp>> chunk : chunks(entries)) {
			List<Object> params = new ArrayList<>();
			for (var m : chunk) {
				params.addAll(m.getKey());
				params.add(m.getValue());
			}
			jdbc.sql("insert into shipments.milestone (shipment_id, status, location, planned_at) values "
					+ tuples(chunk.size(), "(?, ?, ?, ?)")
					+ " on conflict (shipment_id, status, location) do update set planned_at = excluded.planned_at")
				.params(params)
				.update();
		}
	}

	/**
	 * Status, its time, the last place and delivery from the latest actual event by event
	 * time (retracted ones left out), the ETA from the newest estimate of arrival or
	 * delivery (a manual ETA stays until an estimate comes).
	 */
	void derive(Set<UUID> shipments, Instant now) {
		if (shipments.isEmpty()) {
			return;
		}
		UUID[] ids = shipments.toArray(UUID[]::new);
		// one read of each shipment's events along tracking_event_timeline, folded into
		// its latest actual event, its delivery and its newest estimate of arrival (a
		// join of the whole batch would let the planner scan every event of the
		// workspace)
		jdbc.sql(
				"""
						update shipments.shipment s set
						    status = coalesce(x.latest[1][1], 'booked'), status_at = x.latest[1][2]::timestamptz,
						    last_event_at = x.latest[1][2]::timestamptz, last_location = x.latest[1][3], delivered_at = x.delivered,
						    eta = case when x.estimate is not null then x.estimate[1][1]::timestamptz else s.eta end,
						    eta_source = case when x.estimate is not null then x.estimate[1][2] else s.eta_source end,
						    updated_at = ?
						from (select ids.id, a.latest, a.delivered, a.estimate
						      from unnest(?::uuid[]) as ids(id)
						      cross join lateral (
						          select (array_agg(array[t.status, t.event_time::text,
						                                  coalesce(nullif(t.location_name, ''), t.location_unlocode)]
						                            order by t.event_time desc, t.received_at desc)
						                    filter (where t.classifier = 'actual'))[1:1] as latest,
						                 max(t.event_time) filter (where t.classifier = 'actual' and t.status = 'delivered')
						                     as delivered,
						                 (array_agg(array[t.event_time::text, t.source]
						                            order by t.received_at desc, (t.status = 'delivered') desc, t.event_time desc)
						                    filter (where t.classifier = 'estimated'
						                              and t.status in ('arrived', 'discharged', 'out-for-delivery', 'delivered'))
						                 )[1:1] as estimate
						          from shipments.tracking_event t
						          where t.shipment_id = ids.id and t.retracted_at is null) a) x
						where s.id = x.id""")
			.params(Timestamp.from(now), ids)
			.update();
	}

	private static String tuples(int n, String tuple) {
		StringBuilder s = new StringBuilder(n * (tuple.length() + 2));
		for (int i = 0; i < n; i++) {
			if (i > 0) {
				s.append(", ");
			}
			s.append(tuple);
		}
		return s.toString();
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> out = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return out;
	}

}
