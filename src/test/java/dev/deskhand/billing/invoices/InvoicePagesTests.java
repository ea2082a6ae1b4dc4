package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages as people click them: the assistant (in Danish) makes a draft, issues it and
 * downloads the PDF; the owner (in German) sees the received invoice and the spend chart.
 */
@IntegrationTest
class InvoicePagesTests {

	private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	BillingTestData data;

	@Autowired
	WorkspaceManagement workspaces;

	@LocalServerPort
	int port;

	@Test
	void theAssistantDraftsIssuesAndDownloadsAndTheOwnerSeesTheSpend() {
		Ws ws = fixtures.workspace("sider", "da");
		Member a = fixtures.member(ws, Role.ASSISTANT, null);
		workspaces.updateProfile(a.person().id(), a.person().displayName(), "da", "Europe/Copenhagen");
		workspaces.updateProfile(ws.owner().person().id(), ws.owner().person().displayName(), "de",
				"Europe/Copenhagen");
		UUID issuer = data.issuer(a, "Katrine Ærø", "DK", "STANDARD", "DK12345678", "k@example.test");
		data.client(ws, "Nordhavn ApS", "DK", "DK87654321", "bogholderi@nordhavn.test");
		UUID contract = data.contract(ws, a, issuer, "HOURLY", "DKK", "MONTHLY", LocalDate.of(2026, 1, 1), null);
		data.rate(contract, "HOURLY", "", LocalDate.of(2026, 1, 1), "400.00");
		data.approvedTime(ws, a, ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, CPH).toInstant(),
				ZonedDateTime.of(2026, 3, 10, 13, 0, 0, 0, CPH).toInstant(), true, "", CPH);
		String base = "/w/" + ws.slug() + "/billing/invoices";

		WebSession katrine = WebSession.signIn(port, a);
		HttpResponse<String> list = katrine.get(base);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Lav en kladde").doesNotContain("??");
		HttpResponse<String> made = katrine.post(base + "/drafts", "contract=" + contract + "&day=2026-03-05");
		assertThat(made.statusCode()).isEqualTo(302);
		String page = made.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> draft = katrine.get(page);
		assertThat(draft.body()).contains("Kladde")
			.contains("Bistand pr. time")
			.contains("1.600,00 DKK")
			.contains("Moms 25,00 %")
			.contains("2.000,00 DKK")
			.doesNotContain("??");
		assertThat(katrine.post(page + "/issue", "").statusCode()).isEqualTo(302);
		HttpResponse<String> issued = katrine.get(page);
		assertThat(issued.body()).contains("Faktura " + LocalDate.now(CPH).getYear() + "-0001").contains("Hent PDF");
		HttpResponse<String> pdf = katrine.get(page + "/files/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(katrine.get("/billing/invoices").body()).contains("Mine fakturaer").contains("Nordhavn ApS");

		WebSession owner = WebSession.signIn(port, ws.owner());
		HttpResponse<String> received = owner.get(base);
		assertThat(received.body()).contains("Ausgaben je Assistenz und Monat")
			.contains("data-spend")
			.contains("2.000,00 DKK")
			.doesNotContain("??");
		assertThat(owner.get(page).body()).contains("Als bezahlt markieren").doesNotContain("Ausstellen<");
	}

}
