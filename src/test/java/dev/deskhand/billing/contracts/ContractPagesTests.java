package dev.deskhand.billing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contract and profile pages as people use them: the owner offers a contract in
 * Danish, the assistant accepts its clauses in German, a refused form keeps what was
 * typed and says why, someone else's contract is not found, and the audit log reads in
 * the owner's language.
 */
@IntegrationTest
class ContractPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ContractWorld world;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void theOwnerOffersAContractInDanishAndTheAssistantAcceptsItInGerman() {
		var ws = fixtures.workspace("contract-pages");
		var owner = ws.owner();
		language(owner, "da");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		language(katrine, "de");
		var issuer = world.issuer(katrine);
		var freja = fixtures.member(ws, Role.ASSISTANT, null);
		var base = "/w/" + ws.slug() + "/contracts";
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
		var web = WebSession.signIn(port, owner);

		assertThat(web.get(base + "/new").body()).contains("Tilbyd en kontrakt", katrine.person().displayName())
			.doesNotContain("??");
		String form = "party=" + katrine.member().id() + ":" + issuer.id() + "&kind=HOURLY&currency=DKK&period=MONTHLY"
				+ "&startsOn=" + today + "&endsOn=" + today.plusMonths(6) + "&trialEndsOn=" + today.plusDays(30)
				+ "&trialTargets=" + enc("Svar inden for 2 timer") + "&overlapStart=09:00&overlapEnd=12:00"
				+ "&clauses=NDA&clauses=AUDIT_RIGHTS";
		var refused = web.post(base, form + "&rate=-5");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Et beløb skal være mellem 0 og 1.000.000", "Svar inden for 2 timer");
		var created = web.post(base, form + "&rate=" + enc("425,50"));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = created.headers().firstValue("Location").orElseThrow();
		String id = page.substring(page.lastIndexOf('/') + 1);
		assertThat(web.get(base + "/" + id).body())
			.contains("Kontrakt med", "Afventer accept", "Pr. time", "425,50", "Prøveperioden løber til",
					"Fortrolighed (NDA)", "Ret til kontrol", "Endnu ikke accepteret", "09:00 til 12:00",
					"Afslut kontrakten")
			.doesNotContain("??", ">HOURLY<", ">DRAFT<");
		assertThat(web.get(base).body()).contains("Kontrakter", katrine.person().displayName(), "Afventer accept");

		var assistant = WebSession.signIn(port, katrine);
		assertThat(assistant.get(base + "/" + id).body())
			.contains("Vertrag mit", "Ich akzeptiere diese Klausel", "Vertraulichkeit (NDA)")
			.doesNotContain("??", "Vertrag beenden");
		assertThat(assistant.post(base + "/" + id + "/clauses/NDA/accept", "version=1").statusCode()).isEqualTo(302);
		assertThat(assistant.post(base + "/" + id + "/clauses/AUDIT_RIGHTS/accept", "version=1").statusCode())
			.isEqualTo(302);
		assertThat(assistant.get(base + "/" + id).body()).contains("Aktiv", "Akzeptiert am")
			.doesNotContain("Ich akzeptiere diese Klausel");
		assertThat(WebSession.signIn(port, freja).get(base + "/" + id).statusCode()).isEqualTo(404);

		assertThat(web.get("/w/" + ws.slug() + "/audit").body()).contains("Kontrakt (Pr. time) med",
				"Kontrakten med " + katrine.person().displayName() + " trådte i kraft");
	}

	@Test
	void issuerAndBillingProfilePagesSayWhyAFormWasRefused() {
		var ws = fixtures.workspace("contract-pages");
		var owner = ws.owner();
		language(owner, "da");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		language(katrine, "de");
		var assistant = WebSession.signIn(port, katrine);
		assertThat(assistant.get("/billing/profiles").body())
			.contains("Ausstellerprofile", "Sie haben noch kein Ausstellerprofil")
			.doesNotContain("??");
		var refused = assistant.post("/billing/profiles",
				"kind=PERSON&name=" + enc("Katrine Sørensen")
						+ "&address=Dresden&country=DE&vatScheme=SMALL_BUSINESS&taxNumber=" + enc("21/815/08150")
						+ "&email=k@example.test&iban=DE89370400440532013001&paymentDays=14");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Keine gültige IBAN", "Katrine Sørensen");
		assertThat(assistant
			.post("/billing/profiles",
					"kind=PERSON&name=" + enc("Katrine Sørensen")
							+ "&address=Dresden&country=DE&vatScheme=SMALL_BUSINESS&taxNumber=" + enc("21/815/08150")
							+ "&email=k@example.test&iban=DE89370400440532013000&paymentDays=14")
			.statusCode()).isEqualTo(302);
		assertThat(assistant.get("/billing/profiles").body()).contains("Kleinunternehmer ohne Umsatzsteuer",
				"DE89370400440532013000");

		var web = WebSession.signIn(port, owner);
		assertThat(web.get("/w/" + ws.slug() + "/billing-profile").body()).contains("Faktureringsprofil")
			.doesNotContain("??");
		var bad = web.post("/w/" + ws.slug() + "/billing-profile",
				"legalName=Nordhavn&address=Havnen&country=DK&billingEmail=nope");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Angiv en gyldig e-mailadresse");
		assertThat(web
			.post("/w/" + ws.slug() + "/billing-profile",
					"legalName=Nordhavn&address=Havnen&country=DK&billingEmail=faktura@nordhavn.test")
			.statusCode()).isEqualTo(302);
		assertThat(assistant.get("/w/" + ws.slug() + "/billing-profile").statusCode()).isEqualTo(403);
	}

	private void language(TestFixtures.Member m, String language) {
		workspaces.updateProfile(m.person().id(), m.person().displayName(), language, "Europe/Copenhagen");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
