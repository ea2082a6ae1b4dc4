package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tracking dashboard and a shipment's page as people read them (Danish and German):
 * the counts and lists of late, at-risk, problem and delivered shipments, filters, the
 * CSV export, a scoped member seeing only her customer's shipments, the timeline (a
 * withdrawn event struck through, an estimate marked, a late report marked) and the live
 * reload when an import commits. The rows are written as the ingest keeps them (status,
 * ETA and last event on the shipment row): this tests the read side on its own.
 */
@IntegrationTest
class ShipmentDashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PartyManagement parties;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ShipmentManagement shipments;

	@Test
	void theDashboardCountsListsFiltersAndExportsAndAScopedMemberSeesOnlyHerCustomers() {
		var ws = fixtures.workspace("track");
		var owner = ws.owner();
		workspaces.updateProfile(owner.person().id(), owner.person().displayName(), "da", "Europe/Copenhagen");
		var parts = fixtures.as(owner, () -> {
			var m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			return new PartyView[] { parties.create(m, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da", "lego.example")),
					parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Arla Foods", "da", "arla.example")),
					parties.create(m, NewParty.of(PartyKind.CARRIER, "Maersk", "en", "maersk.example")) };
		});
		UUID workspace = ws.view().id().value();
		Instant now = Instant.now();
		UUID late = shipment(workspace, 1, parts[0], parts[2], "ocean", "departed", now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(2)), null, "Aarhus", "Shanghai");
		shipment(workspace, 2, parts[1], parts[2], "road", "delivered", now.plus(Duration.ofDays(1)), null, now,
				"Aarhus", "Hamburg");
		shipment(workspace, 3, parts[1], null, "parcel", "customs-hold", now.plus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(1)), null, "Aarhus", "Oslo");
		reference(workspace, late, "container", "MSKU1234565", "MSKU 123456-5", true);
		UUID order = fixtures.as(owner, () -> shipments.createOrder(
				policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE),
				new NewOrder("PO-4711", parts[0].id().value(),
						java.util.List.of(
								new NewOrder.Line("PAL-EUR", "Europaller", new java.math.BigDecimal("12"), "pallet"),
								new NewOrder.Line("GRUS", "Grus", new java.math.BigDecimal("2.5"), "t")))))
			.id();
		jdbc.sql("update shipments.shipment set order_id = ? where id = ?").params(order, late).update();
		event(workspace, late, "gate-in", "actual", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)), null,
				1);
		event(workspace, late, "loaded", "actual", now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(4)),
				now.minus(Duration.ofDays(3)), 1);
		event(workspace, late, "departed", "actual", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)), null,
				2);
		event(workspace, late, "arrived", "estimated", now.plus(Duration.ofDays(2)), now.minus(Duration.ofDays(3)),
				null, 1);

		var web = WebSession.signIn(port, owner);
		String dashboard = web.get("/w/" + ws.slug() + "/shipments").body();
		assertThat(dashboard)
			.contains("Forsendelser", "For sent (1)", "Med problem (1)", "Leveret i dag (1)", "I fare (2)", "S-1",
					"S-2", "S-3", "LEGO", "Arla Foods", "tilbageholdt i tolden", "Aarhus → Shanghai")
			.doesNotContain("??", ">customs-hold<");
		String lateOnly = web.get("/w/" + ws.slug() + "/shipments?view=late").body();
		assertThat(lateOnly).contains("S-1", "1 forsendelse").doesNotContain(">S-2<", ">S-3<");
		String byRef = web.get("/w/" + ws.slug() + "/shipments?q=msku+123456").body();
		assertThat(byRef).contains(">S-1<").doesNotContain(">S-2<");
		String byLane = web.get("/w/" + ws.slug() + "/shipments?lane=Aarhus%3EHamburg&mode=road").body();
		assertThat(byLane).contains(">S-2<").doesNotContain(">S-1<", ">S-3<");

		var csv = web.get("/w/" + ws.slug() + "/shipments/export.csv?customer=" + parts[1].id());
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body().lines().toList()).hasSize(3);
		assertThat(csv.body())
			.contains("Forsendelse;Reference;Transportform", "S-3;;pakke;Arla Foods", "tilbageholdt i tolden")
			.doesNotContain("S-1;");

		String page = web.get("/w/" + ws.slug() + "/shipments/" + late).body();
		assertThat(page)
			.contains("S-1", "sø", "Maersk", "Aarhus → Shanghai", "for sent", "MSKU 123456-5", "kontrolciffer korrekt",
					"trukket tilbage af afsenderen", "forventet", "meldt for sent", "opdateret", "<del>",
					"Ordre PO-4711", "Varenr.", "PAL-EUR", "12 paller", "2,50 t")
			.doesNotContain("??");

		var freja = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Arla Foods"));
		var scoped = WebSession.signIn(port, freja);
		String hers = scoped.get("/w/" + ws.slug() + "/shipments").body();
		assertThat(hers).contains(">S-2<", ">S-3<", "All (2)").doesNotContain(">S-1<", "LEGO");
		assertThat(scoped.get("/w/" + ws.slug() + "/shipments/" + late).statusCode()).isEqualTo(404);
		assertThat(scoped.get("/w/" + ws.slug() + "/shipments/export.csv").body()).doesNotContain("S-1;");
	}

	@Test
	void anImportCommittedInTheWorkspaceTellsTheDashboardsWatchingItToReload() throws Exception {
		var ws = fixtures.workspace("live");
		var web = WebSession.signIn(port, ws.owner());
		var stream = web.open("/w/" + ws.slug() + "/shipments/stream");
		assertThat(stream.statusCode()).isEqualTo(200);
		var reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
		CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> {
			try {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (line.startsWith("event:")) {
						return line;
					}
				}
				return "closed";
			}
			catch (java.io.IOException e) {
				return e.toString();
			}
		});
		// the listener subscribes within a round of its loop; keep telling until heard
		for (int i = 0; i < 20 && !heard.isDone(); i++) {
			jdbc.sql("select pg_notify('deskhand_shipments', ?)").params(ws.view().id().toString()).query().singleRow();
			Thread.sleep(250);
		}
		assertThat(heard.get(5, TimeUnit.SECONDS)).isEqualTo("event:shipments-changed");
		stream.body().close();
	}

	private UUID shipment(UUID workspace, long number, PartyView customer, @Nullable PartyView carrier, String mode,
			String status, Instant promised, @Nullable Instant eta, @Nullable Instant delivered, String origin,
			String destination) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into shipments.shipment (id, workspace_id, number, mode, customer_id, carrier_id, origin_name,
				  destination_name, promised_delivery, eta, eta_source, status, status_at, last_event_at, delivered_at,
				  created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'dcsa', ?, ?, ?, ?, ?, ?)
				""")
			.params(id, workspace, number, mode, customer.id().value(), carrier == null ? null : carrier.id().value(),
					origin, destination, Timestamp.from(promised), eta == null ? null : Timestamp.from(eta), status,
					now, now, delivered == null ? null : Timestamp.from(delivered), now, now)
			.update();
		return id;
	}

	private void reference(UUID workspace, UUID shipment, String type, String value, String written, boolean valid) {
		jdbc.sql("insert into shipments.shipment_reference values (?, ?, ?, ?, ?, ?)")
			.params(shipment, workspace, type, value, written, valid)
			.update();
	}

	private void event(UUID workspace, UUID shipment, String status, String classifier, Instant at, Instant received,
			@Nullable Instant retracted, int revision) {
		jdbc.sql(
				"""
						insert into shipments.tracking_event (id, workspace_id, shipment_id, source, external_id, digest, status,
						  classifier, carrier_code, event_time, location_name, raw, received_at, revision, retracted_at)
						values (?, ?, ?, 'dcsa', ?, ?, ?, ?, 'X', ?, 'Aarhus', '{}', ?, ?, ?)
						""")
			.params(UUID.randomUUID(), workspace, shipment, UUID.randomUUID().toString(), UUID.randomUUID(), status,
					classifier, Timestamp.from(at), Timestamp.from(received), revision,
					retracted == null ? null : Timestamp.from(retracted))
			.update();
	}

}
