package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.CarrierCodes;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ingest end to end through the facade on the real database: matching by reference,
 * shipments created for unknown references, idempotency, late and out-of-order events,
 * updates, retractions, flags, ETA and milestones.
 */
@IntegrationTest
class TrackingIngestTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	ShipmentManagement shipments;

	@Autowired
	PartyManagement parties;

	@Autowired
	JdbcClient jdbc;

	TestFixtures.Ws ws;

	@BeforeEach
	void workspace() {
		ws = fixtures.workspace("ingest");
	}

	private <T> T asOwner(Function<Membership, T> work) {
		return fixtures.as(ws.owner(), () -> work.apply(policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE)));
	}

	private ImportOutcome importJson(String name, String json) {
		return asOwner(m -> shipments.importEvents(m, name, json.getBytes(StandardCharsets.UTF_8), "json", null,
				Locale.ENGLISH));
	}

	private long events() {
		return jdbc.sql("select count(*) from shipments.tracking_event where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Long.class)
			.single();
	}

	private ShipmentView byReference(String reference) {
		return asOwner(m -> shipments.findByReference(m, reference)).orElseThrow();
	}

	@Test
	void theSameFileTwiceStoresNothingNew() {
		String file = """
				{"events": [
				  {"external_id": "a-1", "reference": "BK-1001", "status": "picked-up", "event_time": "2026-03-01T08:00:00Z"},
				  {"external_id": "a-2", "reference": "BK-1001", "status": "departed", "event_time": "2026-03-01T12:00:00Z"},
				  {"reference": "BK-1002", "status": "booked", "event_time": "2026-03-01T09:00:00Z"}
				]}""";
		ImportOutcome first = importJson("feed.json", file);
		assertThat(first.accepted()).isEqualTo(3);
		assertThat(first.duplicates()).isZero();
		assertThat(first.importId()).isNotNull();
		ImportOutcome second = importJson("feed.json", file);
		assertThat(second.accepted()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.duplicates()).isEqualTo(3);
		assertThat(events()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from shipments.shipment where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select outcome->>'accepted' from shipments.import_file where id = ?")
			.param(first.importId())
			.query(String.class)
			.single()).isEqualTo("3");
	}

	@Test
	void textWithQuotesCommasLineBreaksAndEmptyValuesIsStoredAsSent() {
		// events go in by COPY in its text format: every field must come back exactly as
		// it
		// went in
		String file = """
				{"events": [
				  {"external_id": "q-1", "reference": "BK-2001", "status": "delayed", "event_time": "2026-03-01T08:00:00Z",
				   "carrier_reason": "Truck \\"7\\", gate 3,\\nwaiting", "location": {"name": ""},
				   "details": {"note": "a,b \\"c\\"\\r\\nd", "empty": "", "path": "C:\\\\temp\\\\N\\tx \\\\."}}
				]}""";
		ImportOutcome outcome = importJson("quotes.json", file);
		assertThat(outcome.accepted()).isEqualTo(1);
		var row = jdbc
			.sql("select carrier_reason, location_name, details ->> 'note', details ->> 'empty', external_id, "
					+ "raw, details ->> 'path' from shipments.tracking_event where workspace_id = ? and external_id = 'q-1'")
			.param(ws.view().id().value())
			.query((rs, n) -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.single();
		assertThat(row.get(6)).as("backslashes and tabs, and a \\N that is text").isEqualTo("C:\\temp\\N\tx \\.");
		assertThat(row.get(0)).isEqualTo("Truck \"7\", gate 3,\nwaiting");
		assertThat(row.get(2)).isEqualTo("a,b \"c\"\r\nd");
		assertThat(row.get(3)).isEmpty();
		assertThat(row.get(4)).isEqualTo("q-1");
		assertThat(row.get(5)).contains("Truck").contains("gate 3");
	}

	@Test
	void aBatchLargerThanOnePieceOfItsCopyArrivesWhole() {
		// the COPY is sent in pieces of 64 kB: 2,000 events of about 300 characters each
		StringBuilder csv = new StringBuilder("external_id,reference,status,event_time,location,carrier_reason\n");
		for (int i = 1; i <= 2000; i++) {
			csv.append("p-")
				.append(i)
				.append(",BK-9")
				.append(i % 50)
				.append(",departed,2026-03-01T")
				.append(String.format("%02d:%02d:00Z", i % 24, i % 60))
				.append(",DEHAM,\"Lkw \"\"")
				.append(i)
				.append("\"\", Købmagergade, Straße ")
				.append("x".repeat(150))
				.append("\"\n");
		}
		// and one event larger than a piece on its own
		csv.append("p-long,BK-91,departed,2026-03-02T10:00:00Z,DEHAM,").append("y".repeat(100_000)).append('\n');
		ImportOutcome o = asOwner(m -> shipments.importEvents(m, "big.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), "csv", null, Locale.ENGLISH));
		assertThat(o.accepted()).isEqualTo(2001);
		assertThat(o.rejected()).isEmpty();
		assertThat(events()).isEqualTo(2001);
		assertThat(jdbc
			.sql("select length(raw) from shipments.tracking_event where workspace_id = ? "
					+ "and external_id = 'p-long'")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single()).isGreaterThan(100_000);
		assertThat(jdbc.sql(
				"select carrier_reason from shipments.tracking_event where workspace_id = ? and external_id = 'p-1999'")
			.param(ws.view().id().value())
			.query(String.class)
			.single()).isEqualTo("Lkw \"1999\", Købmagergade, Straße " + "x".repeat(150));
	}

	@Test
	void filesImportedTogetherAreCheckedAheadAndReportedInOrderEachOnItsOwn() {
		byte[] first = """
				{"events": [{"external_id": "m-1", "reference": "BK-3001", "status": "departed",
				  "event_time": "2026-03-01T08:00:00Z"}]}""".getBytes(StandardCharsets.UTF_8);
		byte[] third = """
				{"events": [{"external_id": "m-3", "reference": "BK-3003", "status": "arrived",
				  "event_time": "2026-03-02T08:00:00Z"}]}""".getBytes(StandardCharsets.UTF_8);
		List<ShipmentManagement.ImportFile> files = List.of(new ShipmentManagement.ImportFile("a.json", () -> first),
				new ShipmentManagement.ImportFile("b.json", () -> "not json at all {".getBytes(StandardCharsets.UTF_8)),
				new ShipmentManagement.ImportFile("c.json", () -> {
					throw new java.io.IOException("disk gone");
				}), new ShipmentManagement.ImportFile("d.json", () -> third));
		List<String> seen = new java.util.ArrayList<>();
		shipments.importFilesAsSystem(ws.view().id(), files, "json", null, null,
				(file, result) -> seen.add(file.name() + ":" + (result.outcome() != null
						? "accepted " + result.outcome().accepted() : result.problem().getClass().getSimpleName())));
		assertThat(seen).containsExactly("a.json:accepted 1", "b.json:InvalidInputException", "c.json:IOException",
				"d.json:accepted 1");
		assertThat(byReference("BK-3001").status()).isEqualTo(TrackingStatus.DEPARTED);
		assertThat(byReference("BK-3003").status()).isEqualTo(TrackingStatus.ARRIVED);
	}

	@Test
	void anUnknownReferenceCreatesAShipmentWithTheCarrierNamedBySCAC() {
		PartyView maersk = fixtures.as(ws.owner(),
				() -> parties.create(policy.require(ws.slug(), Permission.PARTIES_MANAGE),
						new NewParty(PartyKind.CARRIER, "Maersk", "en", List.of(), null, null, List.of(),
								new CarrierCodes("maeu", null, "https://track.example/?n={reference}"))));
		assertThat(maersk.carrierCodes())
			.isEqualTo(new CarrierCodes("MAEU", null, "https://track.example/?n={reference}"));
		ImportOutcome o = importJson("maersk.json", """
				[{"external_id": "m-1", "references": [{"type": "container", "value": "MSKU 907032-3"}],
				  "status": "gate-in", "event_time": "2026-03-01T08:00:00+01:00", "carrier": "MAEU",
				  "location": {"unlocode": "DKAAR", "name": "Aarhus"}}]""");
		assertThat(o.accepted()).isEqualTo(1);
		ShipmentView s = byReference("MSKU9070323");
		assertThat(s.createdByImport()).isTrue();
		assertThat(s.carrier()).isEqualTo(new ShipmentView.PartyRef(maersk.id().value(), "Maersk"));
		assertThat(s.carrierCode()).isEqualTo("MAEU");
		assertThat(s.mode()).isEqualTo(TransportMode.OCEAN);
		assertThat(s.status()).isEqualTo(TrackingStatus.GATE_IN);
		assertThat(s.lastLocation()).isEqualTo("Aarhus");
		assertThat(s.statusAt()).isEqualTo(Instant.parse("2026-03-01T07:00:00Z"));
		assertThat(s.references()).containsExactly(
				new ShipmentView.ReferenceView(ReferenceType.CONTAINER, "MSKU9070323", "MSKU 907032-3", true));
	}

	@Test
	void lateAndOutOfOrderEventsArePlacedByEventTime() {
		importJson("late-1.json",
				"""
						[{"reference": "ORD-77", "status": "delivered", "event_time": "2026-03-03T10:00:00Z", "location": "DKCPH"}]""");
		importJson("late-2.json",
				"""
						[{"reference": "ORD-77", "status": "departed", "event_time": "2026-03-01T10:00:00Z", "location": "DEHAM"},
						 {"reference": "ORD-77", "status": "arrived", "event_time": "2026-03-02T10:00:00Z", "location": "DKCPH"}]""");
		ShipmentView s = byReference("ord-77");
		assertThat(s.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(s.deliveredAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
		assertThat(s.lastLocation()).isEqualTo("DKCPH");
		List<TrackingEventView> timeline = fixtures.as(ws.owner(),
				() -> shipments.events(policy.require(ws.slug(), Permission.WORK_VIEW), s.id()));
		assertThat(timeline).extracting(TrackingEventView::status)
			.containsExactly(TrackingStatus.DEPARTED, TrackingStatus.ARRIVED, TrackingStatus.DELIVERED);
	}

	@Test
	void anEventResentWithNewContentIsAnUpdateWithItsRevision() {
		importJson("u1.json",
				"""
						[{"external_id": "u-1", "reference": "BK-2001", "status": "arrived", "event_time": "2026-03-02T10:00:00Z"}]""");
		ImportOutcome o = importJson("u2.json",
				"""
						[{"external_id": "u-1", "reference": "BK-2001", "status": "discharged", "event_time": "2026-03-02T11:00:00Z"}]""");
		assertThat(o.updated()).isEqualTo(1);
		assertThat(o.accepted()).isZero();
		assertThat(events()).isEqualTo(1);
		ShipmentView s = byReference("BK-2001");
		assertThat(s.status()).isEqualTo(TrackingStatus.DISCHARGED);
		TrackingEventView e = fixtures
			.as(ws.owner(), () -> shipments.events(policy.require(ws.slug(), Permission.WORK_VIEW), s.id()))
			.getFirst();
		assertThat(e.revision()).isEqualTo(2);
		assertThat(jdbc.sql("select status from shipments.event_revision where event_id = ? and revision = 1")
			.param(e.id())
			.query(String.class)
			.single()).isEqualTo("arrived");
	}

	@Test
	void anEventResentUnderItsIdWithACorrectedReferenceIsAnUpdateNotASecondEvent() {
		// the corrected reference is new to the workspace, so the import does not look
		// the event up: the stored one's unique id stops the insert and the batch is
		// stored again, looked up
		importJson("c1.json",
				"""
						[{"external_id": "c-1", "reference": "BK-4001", "status": "departed", "event_time": "2026-03-02T10:00:00Z"},
						 {"external_id": "c-9", "reference": "BK-4009", "status": "booked", "event_time": "2026-03-01T10:00:00Z"}]""");
		ImportOutcome o = importJson("c2.json",
				"""
						[{"external_id": "c-1", "reference": "BK-4002", "status": "arrived", "event_time": "2026-03-03T10:00:00Z"},
						 {"external_id": "c-2", "reference": "BK-4003", "status": "departed", "event_time": "2026-03-03T11:00:00Z"}]""");
		assertThat(o.updated()).isEqualTo(1);
		assertThat(o.accepted()).isEqualTo(1);
		assertThat(o.rejected()).isEmpty();
		assertThat(events()).isEqualTo(3);
		assertThat(byReference("BK-4001").status()).isEqualTo(TrackingStatus.ARRIVED);
		assertThat(byReference("BK-4003").status()).isEqualTo(TrackingStatus.DEPARTED);
		assertThat(jdbc.sql("select count(*) from shipments.shipment where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Long.class)
			.single()).as("BK-4001, BK-4009 and BK-4003; nothing left of the first attempt").isEqualTo(3);
	}

	@Test
	void aShipmentCreatedByABatchGetsTheStatusItsStoredEventsGive() {
		// a new shipment's status is folded from its batch (Derived), a known shipment's
		// from its stored events (EventStore.derive): both must say the same
		String events = """
				{"reference": "%1$s", "status": "departed", "event_time": "2026-03-01T10:00:00Z", "location": "DEHAM"},
				{"reference": "%1$s", "status": "delivered", "event_time": "2026-03-04T09:00:00Z",
				 "location": {"unlocode": "DKCPH", "name": ""}},
				{"reference": "%1$s", "status": "arrived", "event_time": "2026-03-03T10:00:00Z",
				 "location": {"unlocode": "DKCPH", "name": "Copenhagen"}},
				{"reference": "%1$s", "status": "delivered", "event_time": "2026-03-03T18:00:00Z",
				 "location": {"name": "Kastrup"}},
				{"reference": "%1$s", "status": "arrived", "classifier": "estimated", "event_time": "2026-03-05T06:00:00Z",
				 "source": "late"},
				{"reference": "%1$s", "status": "delivered", "classifier": "estimated", "event_time": "2026-03-04T12:00:00Z",
				 "source": "acme"},
				{"reference": "%1$s", "status": "discharged", "classifier": "estimated",
				 "event_time": "2026-03-06T06:00:00Z", "source": "later"},
				{"reference": "%1$s", "status": "delivered", "classifier": "planned", "event_time": "2026-03-07T12:00:00Z"}
				""";
		String onlyEstimates = """
				{"reference": "%1$s", "status": "arrived", "classifier": "estimated", "event_time": "2026-03-05T06:00:00Z",
				 "source": "one"},
				{"reference": "%1$s", "status": "discharged", "classifier": "estimated",
				 "event_time": "2026-03-06T06:00:00Z", "source": "two"},
				{"reference": "%1$s", "status": "gate-in", "classifier": "estimated", "event_time": "2026-03-09T06:00:00Z"}
				""";
		for (String set : List.of(events, onlyEstimates)) {
			String fresh = "BK-N" + set.length();
			String known = "BK-K" + set.length();
			importJson("new.json", "[" + set.formatted(fresh) + "]");
			importJson("known-1.json",
					"""
							[{"reference": "%s", "status": "booked", "classifier": "planned", "event_time": "2026-02-27T10:00:00Z"}]"""
						.formatted(known));
			importJson("known-2.json", "[" + set.formatted(known) + "]");
			ShipmentView a = byReference(fresh);
			ShipmentView b = byReference(known);
			assertThat(List.of(a.status(), String.valueOf(a.statusAt()), String.valueOf(a.lastEventAt()),
					String.valueOf(a.lastLocation()), String.valueOf(a.deliveredAt()), String.valueOf(a.eta()),
					String.valueOf(a.etaSource())))
				.as("folded from the batch, as derived from the stored events")
				.isEqualTo(List.of(b.status(), String.valueOf(b.statusAt()), String.valueOf(b.lastEventAt()),
						String.valueOf(b.lastLocation()), String.valueOf(b.deliveredAt()), String.valueOf(b.eta()),
						String.valueOf(b.etaSource())));
			assertThat(a.createdByImport()).isTrue();
		}
		ShipmentView delivered = byReference("BK-N" + events.length());
		assertThat(delivered.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(delivered.deliveredAt()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
		assertThat(delivered.lastLocation()).isEqualTo("DKCPH");
		assertThat(delivered.eta()).as("an estimate of delivery wins").isEqualTo(Instant.parse("2026-03-04T12:00:00Z"));
		assertThat(delivered.etaSource()).isEqualTo("acme");
		ShipmentView waiting = byReference("BK-N" + onlyEstimates.length());
		assertThat(waiting.status()).isEqualTo(TrackingStatus.BOOKED);
		assertThat(waiting.statusAt()).isNull();
		assertThat(waiting.eta()).isEqualTo(Instant.parse("2026-03-06T06:00:00Z"));
	}

	@Test
	void aRetractionMarksTheEarlierEventAndItNoLongerCounts() {
		importJson("r1.json",
				"""
						[{"external_id": "r-1", "reference": "BK-3001", "status": "departed", "event_time": "2026-03-01T10:00:00Z"},
						 {"external_id": "r-2", "reference": "BK-3001", "status": "arrived", "event_time": "2026-03-02T10:00:00Z", "location": "NLRTM"}]""");
		importJson("r2.json", """
				[{"external_id": "r-3", "reference": "BK-3001", "status": "info", "classifier": "estimated",
				  "event_time": "2026-03-02T10:00:00Z", "retracts": "r-2"}]""");
		ShipmentView s = byReference("BK-3001");
		assertThat(s.status()).as("the retracted arrival no longer counts").isEqualTo(TrackingStatus.DEPARTED);
		List<TrackingEventView> timeline = fixtures.as(ws.owner(),
				() -> shipments.events(policy.require(ws.slug(), Permission.WORK_VIEW), s.id()));
		assertThat(timeline).hasSize(3);
		TrackingEventView retracted = timeline.stream()
			.filter(e -> "r-2".equals(e.externalId()))
			.findFirst()
			.orElseThrow();
		assertThat(retracted.retracted()).isTrue();
		assertThat(retracted.retractedBy()).isEqualTo("r-3");
	}

	@Test
	void anInvalidReferenceIsStoredAndFlagged() {
		ImportOutcome o = importJson("flag.json", """
				[{"reference": {"type": "container", "value": "CSQU3054384"}, "status": "loaded",
				  "event_time": "2026-03-01T10:00:00Z"}]""");
		assertThat(o.accepted()).isEqualTo(1);
		assertThat(o.flagged()).singleElement().satisfies(f -> {
			assertThat(f.position()).isEqualTo("/0");
			assertThat(f.reference()).isEqualTo("CSQU3054384");
			assertThat(f.reason()).containsIgnoringCase("check digit").contains("4").contains("3");
		});
		assertThat(jdbc.sql("select flagged from shipments.tracking_event where workspace_id = ?")
			.param(ws.view().id().value())
			.query(String.class)
			.single()).containsIgnoringCase("check digit");
		assertThat(byReference("CSQU3054384").references().getFirst().valid()).isFalse();
	}

	@Test
	void anImportRecordsItsReferencesWithTheirValidity() {
		importJson("recorded.json",
				"""
						[{"references": [{"type": "container", "value": "CSQU3054384"}, {"type": "container", "value": "CSQU 305438-3"}],
						  "status": "loaded", "event_time": "2026-03-01T10:00:00Z"},
						 {"reference": {"type": "container", "value": "CSQU3054383"}, "status": "departed",
						  "event_time": "2026-03-02T10:00:00Z"}]""");
		ShipmentView s = byReference("CSQU3054383");
		List<String> recorded = jdbc
			.sql("select type || ' ' || value || ' ' || valid || ' ' || entered_by || ' ' || subject_type "
					+ "from \"references\".entry where workspace_id = ? and subject_id = ? order by value")
			.params(ws.view().id().value(), s.id().value())
			.query(String.class)
			.list();
		assertThat(recorded).as("each reference once, as written, with its verdict")
			.containsExactly("CONTAINER CSQU 305438-3 true import:json shipment",
					"CONTAINER CSQU3054384 false import:json shipment");
	}

	@Test
	void anEstimateMovesTheEtaAndAPlannedEventBecomesAMilestone() {
		importJson("eta.json",
				"""
						[{"reference": "AWB-1", "status": "departed", "event_time": "2026-03-01T10:00:00Z"},
						 {"reference": "AWB-1", "status": "arrived", "classifier": "EST", "event_time": "2026-03-04T06:00:00Z",
						  "source": "acme"},
						 {"reference": "AWB-1", "status": "delivered", "classifier": "PLN", "event_time": "2026-03-05T12:00:00Z",
						  "location": "DKBLL"}]""");
		ShipmentView s = byReference("AWB-1");
		assertThat(s.status()).as("only actual events are facts").isEqualTo(TrackingStatus.DEPARTED);
		assertThat(s.eta()).isEqualTo(Instant.parse("2026-03-04T06:00:00Z"));
		assertThat(s.etaSource()).isEqualTo("acme");
		assertThat(s.milestones()).containsExactly(new ShipmentView.MilestoneView(TrackingStatus.DELIVERED, "DKBLL",
				Instant.parse("2026-03-05T12:00:00Z")));
		importJson("eta2.json",
				"""
						[{"reference": "AWB-1", "status": "arrived", "classifier": "estimated", "event_time": "2026-03-06T06:00:00Z"}]""");
		assertThat(byReference("AWB-1").eta()).isEqualTo(Instant.parse("2026-03-06T06:00:00Z"));
	}

	@Test
	void aShipmentTypedInIsFoundByItsReferenceAndAnInvalidCheckDigitIsRefused() {
		assertThatThrownBy(() -> asOwner(m -> shipments.createShipment(m,
				new NewShipment(TransportMode.OCEAN, null, null,
						List.of(new NewShipment.NewReference(ReferenceType.CONTAINER, "CSQU3054384")), null, "DKAAR",
						"CNSHA", List.of(), null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.field()).isEqualTo("/references/0/value"));
		ShipmentView typed = asOwner(m -> shipments.createShipment(m,
				new NewShipment(TransportMode.OCEAN, null, null,
						List.of(new NewShipment.NewReference(ReferenceType.CONTAINER, "CSQU 305438-3")),
						Instant.parse("2026-04-01T12:00:00Z"), "dkaar", "CNSHA",
						List.of(new NewShipment.NewMilestone(TrackingStatus.DEPARTED, "DKAAR",
								Instant.parse("2026-03-10T12:00:00Z"))),
						null)));
		assertThat(typed.origin()).isEqualTo(new ShipmentView.Place("DKAAR", null));
		assertThat(typed.label()).startsWith("S-");
		ImportOutcome o = importJson("typed.json", """
				[{"references": ["CSQU3054383"], "status": "loaded", "event_time": "2026-03-10T11:00:00Z"}]""");
		assertThat(o.accepted()).isEqualTo(1);
		ShipmentView after = byReference("CSQU3054383");
		assertThat(after.id()).isEqualTo(typed.id());
		assertThat(after.createdByImport()).isFalse();
		assertThat(after.status()).isEqualTo(TrackingStatus.LOADED);
		assertThatThrownBy(() -> asOwner(m -> shipments.createShipment(m,
				new NewShipment(null, null, null, List.of(new NewShipment.NewReference(null, "CSQU3054383")), null,
						"Aarhus", null, null, null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.field()).isEqualTo("/references/0/value"));
	}

	@Test
	void aScopedMemberSeesOnlyHerCustomersShipments() {
		PartyView lego = fixtures.as(ws.owner(),
				() -> parties.create(policy.require(ws.slug(), Permission.PARTIES_MANAGE),
						NewParty.of(PartyKind.CUSTOMER, "Lego", "da")));
		ShipmentView legoShipment = asOwner(m -> shipments.createShipment(m,
				new NewShipment(TransportMode.ROAD, lego.id().value(), null,
						List.of(new NewShipment.NewReference(ReferenceType.ORDER, "LEGO-1")), null, null, null, null,
						null)));
		importJson("other.json", """
				[{"reference": "OTHER-1", "status": "booked", "event_time": "2026-03-01T10:00:00Z"}]""");
		ShipmentView other = byReference("OTHER-1");
		var scoped = fixtures.member(ws, Role.EMPLOYEE, null, new ScopeRef("customer", "Lego"));
		ShipmentView seen = fixtures.as(scoped,
				() -> shipments.shipment(policy.require(ws.slug(), Permission.WORK_VIEW), legoShipment.id()));
		assertThat(seen.customer().name()).isEqualTo("Lego");
		assertThat(seen.scope()).isEqualTo("customer:Lego");
		assertThatThrownBy(() -> fixtures.as(scoped,
				() -> shipments.shipment(policy.require(ws.slug(), Permission.WORK_VIEW), other.id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aFileOfWhichNothingCanBeReadStoresNothingAndNamesThePosition() {
		assertThatThrownBy(() -> importJson("broken.json", "{\"events\": [\n{\"status\": ]"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("2"));
		assertThat(jdbc.sql("select count(*) from shipments.import_file where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Long.class)
			.single()).isZero();
	}

}
