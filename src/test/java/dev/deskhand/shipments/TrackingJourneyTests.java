package dev.deskhand.shipments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.workspace.WorkspaceManagement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A forwarder's day in Chromium, in Danish and in German: a CSV of tracking events
 * uploaded on the import page (the progress bar runs to the end, the report says per line
 * what became of it), the dashboard shows the shipment that went late, its page the
 * timeline, and — once tracking exceptions turn into work — its work item with the SOP in
 * the queue. The German file's columns are not recognised: they are mapped once and the
 * mapping is used again for the next file from that source.
 */
@IntegrationTest
class TrackingJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	PartyManagement parties;

	@Autowired
	ShipmentManagement shipments;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	TrackingRules rules;

	@Autowired
	dev.deskhand.work.WorkSetup setup;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void aDanishForwarderUploadsACsvWatchesItGoInAndOpensTheShipmentThatWentLate() {
		var ws = fixtures.workspace("track-da");
		workspaces.updateProfile(ws.owner().person().id(), "Mette Nørgaard", "da", "Europe/Copenhagen");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		book(ws, "LEGO", "MSKU1234565", now.minus(Duration.ofHours(20)));
		String csv = """
				reference;status;event_time;location;classifier;external_id
				MSKU1234565;gate-in;%s;DKAAR;actual;lego-1
				MSKU1234565;loaded;%s;DKAAR;actual;lego-2
				MSKU1234565;departed;%s;DKAAR;actual;lego-3
				MSKU1234565;delivered;%s;CNSHA;estimated;lego-4
				MSKU 1234560;departed;%s;DKAAR;actual;lego-5
				MSKU1234565;teleported;%s;DKAAR;actual;lego-6
				""".formatted(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(5)),
				now.minus(Duration.ofDays(4)), now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(4)),
				now.minus(Duration.ofDays(3)));
		try (var session = browser.session("http://localhost:" + port, Locale.forLanguageTag("da"))) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/shipments");
			page.locator("#import-link").click();
			assertThat(page.locator("h1")).hasText("Indlæs sporingshændelser");
			page.locator("#i-files").setInputFiles(file("lego-status.csv", csv));
			page.locator("#event-upload button[type=submit]").click();
			assertThat(page.locator("#upload-progress")).isVisible();
			assertThat(page.locator("#upload-percent")).hasText("100 %");
			assertThat(page.locator(".file-report h2")).hasText("lego-status.csv");
			assertThat(page.locator("[data-outcome=accepted]")).hasText("5 nye hændelser");
			// the unknown status is refused at its line, in Danish
			assertThat(page.locator("table.rejected tbody tr")).hasCount(1);
			assertThat(page.locator("table.rejected tbody td").first()).hasText("7");
			// the wrong check digit is stored and flagged, never silently accepted
			assertThat(page.locator("table.flagged tbody tr")).hasCount(1);
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "tracking-import-da");

			BrowserSupport.visit(page, "/w/" + ws.slug() + "/shipments");
			assertThat(page.locator("[data-count=late]")).hasText("For sent (1)");
			page.locator("[data-count=late]").click();
			page.locator("table.shipments tbody tr", new Page.LocatorOptions().setHasText("MSKU"))
				.first()
				.locator("a")
				.first()
				.click();
			assertThat(page.locator("#shipment-status")).hasText("afgået");
			assertThat(page.locator("h1")).containsText("for sent");
			assertThat(page.locator("#timeline")).containsText("forventet");
			assertThat(page.locator("#references")).containsText("kontrolciffer korrekt");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "tracking-shipment-da");

			// the shipment's page names the work items its exceptions raised
			assertThat(page.locator("#work-items li").first()).isVisible();
			String label = page.locator("h1 span").first().textContent().strip();

			// the ETA slip raised a work item with the rule's SOP: it waits in the queue
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue?type=delay");
			var row = page.locator("#queue tbody tr", new Page.LocatorOptions().setHasText(label)).first();
			assertThat(row).isVisible();
			row.locator("td.title a").click();
			assertThat(page.locator("#sop")).containsText("Ring til fragtføreren");
			BrowserSupport.screenshot(page, "tracking-work-item-da");
		}
	}

	@Test
	void aGermanForwarderMapsAPartnersColumnsOnceAndTheNextFileUsesTheMapping() {
		var ws = fixtures.workspace("track-de");
		workspaces.updateProfile(ws.owner().person().id(), "Jens Richter", "de", "Europe/Berlin");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		book(ws, "Radeberger", "TCLU1000003", now.minus(Duration.ofHours(6)));
		String first = """
				Sendung;Vorgang;Wann;Wo
				TCLU1000003;departed;%s;DEHAM
				TCLU1000003;arrived;%s;USNYC
				""".formatted(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(1)));
		String second = """
				Sendung;Vorgang;Wann;Wo
				TCLU1000003;discharged;%s;USNYC
				""".formatted(now.minus(Duration.ofHours(20)));
		try (var session = browser.session("http://localhost:" + port, Locale.GERMAN)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/shipments/import");
			page.locator("#i-source").fill("Hafen Partner");
			page.locator("#i-files").setInputFiles(file("hafen-0412.csv", first));
			page.locator("#event-upload button[type=submit]").click();
			assertThat(page.locator("#upload-percent")).hasText("100 %");
			assertThat(page.locator("form.mapping")).isVisible();
			assertThat(page.locator("form.mapping tbody tr")).hasCount(4);
			page.locator("select[name='column.Vorgang']").selectOption("status");
			page.locator("select[name='column.Wann']").selectOption("event_time");
			page.locator("select[name='column.Wo']").selectOption("location");
			page.locator("select[name='column.Sendung']").selectOption("container");
			BrowserSupport.assertNoMissingMessages(page);
			page.locator("form.mapping button[type=submit]").click();
			assertThat(page.locator("[data-outcome=accepted]")).hasText("2 neue Ereignisse");
			assertThat(page.locator(".alert.ok")).containsText("hafen partner");

			// the next file from that source goes in without asking
			page.locator("#i-source").fill("Hafen Partner");
			page.locator("#i-files").setInputFiles(file("hafen-0413.csv", second));
			page.locator("#event-upload button[type=submit]").click();
			assertThat(page.locator("[data-outcome=accepted]")).hasText("1 neues Ereignis");
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/shipments/import");
			assertThat(page.locator("#recent-imports tbody tr")).hasCount(2);

			BrowserSupport.visit(page, "/w/" + ws.slug() + "/shipments?view=late");
			assertThat(page.locator("[data-count=late]")).hasText("Verspätet (1)");
			page.locator("table.shipments tbody a").first().click();
			assertThat(page.locator("#shipment-status")).hasText("entladen");
			assertThat(page.locator("#timeline li")).hasCount(3);
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "tracking-shipment-de");
		}
	}

	/**
	 * A shipment booked by hand for a new customer, promised for {@code promised}; the
	 * workspace has the suggested exception rules and an SOP for delays.
	 */
	private void book(TestFixtures.Ws ws, String customer, String container, Instant promised) {
		fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			rules.addSuggested(m);
			setup.publishSop(m, new dev.deskhand.work.NewSop("delay", "## Forsinket\n1. Ring til fragtføreren.",
					List.of("Ny ETA"), false));
			var c = parties.create(m,
					NewParty.of(PartyKind.CUSTOMER, customer, "da", customer.toLowerCase() + ".test"));
			return shipments.createShipment(m,
					new NewShipment(TransportMode.OCEAN, c.id().value(), null,
							List.of(new NewShipment.NewReference(ReferenceType.CONTAINER, container)), promised, null,
							null, List.of(), null));
		});
	}

	private static FilePayload file(String name, String content) {
		return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
