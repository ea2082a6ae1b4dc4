package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.InvoiceStatus;
import dev.deskhand.billing.InvoiceView;
import dev.deskhand.billing.Invoicing;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The period-end run (two runs at once still make one draft per contract and period), the
 * overdue sweep, and the API's refusals (a second issue is a 400 that changes nothing;
 * someone else's invoice is a 404).
 */
@IntegrationTest
class InvoiceScheduleTests {

	private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	BillingTestData data;

	@Autowired
	InvoiceSchedule schedule;

	@Autowired
	Invoicing invoicing;

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void twoPeriodEndRunsAtOnceMakeOneDraftForTheLastEndedWeek() {
		Ws ws = fixtures.workspace("periodend", "de");
		Member a = fixtures.member(ws, Role.ASSISTANT, null);
		UUID issuer = data.issuer(a, "Jörg Weiß", "DE", "STANDARD", "DE123456789", "joerg@example.test");
		data.client(ws, "Elbtal Spedition GmbH", "DE", "DE987654321", "rechnung@elbtal.test");
		UUID contract = data.contract(ws, a, issuer, "HOURLY", "EUR", "WEEKLY", LocalDate.of(2026, 1, 1), null);
		data.rate(contract, "HOURLY", "", LocalDate.of(2026, 1, 1), "42.50");
		data.approvedTime(ws, a, at(10, 9, 0), at(10, 10, 30), true, "Buchung", CPH);
		data.approvedTime(ws, a, at(17, 9, 0), at(17, 10, 0), true, "next week", CPH);
		Instant now = at(18, 8, 0);

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> schedule.periodEnd(now));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> schedule.periodEnd(now));
		first.join();
		second.join();
		schedule.periodEnd(now);

		List<InvoiceView> drafts = fixtures.as(a, () -> invoicing.mine())
			.stream()
			.filter(i -> i.contract().equals(contract))
			.toList();
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.periodFrom()).isEqualTo(LocalDate.of(2026, 3, 9));
			assertThat(d.periodTo()).isEqualTo(LocalDate.of(2026, 3, 15));
			assertThat(d.gross()).as("1.5 h x 42.50 = 63.75 + 19 %% (12.11)").isEqualByComparingTo("75.86");
			assertThat(d.lines().getFirst().description()).startsWith("Assistenz nach Stunden");
		});
		Membership m = fixtures.as(a, () -> policy.require(ws.slug(), Permission.BILLING_VIEW));
		InvoiceView issued = invoicing.issue(m, drafts.getFirst().id());
		assertThat(issued.eInvoice()).as("a German client gets the e-invoice").isTrue();
		String xml = new String(invoicing.file(m, issued.id(), "xml").bytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains(issued.number()).contains("Elbtal Spedition GmbH");
		assertThat(invoicing.file(m, issued.id(), "pdf").document().contentType()).isEqualTo("application/pdf");
	}

	@Test
	void anUnpaidInvoicePastItsDueDateBecomesOverdueAndTheApiRefusesASecondIssue() throws Exception {
		Ws ws = fixtures.workspace("overdue", "en");
		Member a = fixtures.member(ws, Role.ASSISTANT, null);
		UUID issuer = data.issuer(a, "Ada Assist", "DK", "STANDARD", "DK11112222", "ada@example.test");
		data.client(ws, "Harbour Ltd", "GB", null, "ap@harbour.test");
		UUID contract = data.contract(ws, a, issuer, "HOURLY", "GBP", "MONTHLY", LocalDate.of(2026, 1, 1), null);
		data.rate(contract, "HOURLY", "", LocalDate.of(2026, 1, 1), "30.00");
		data.approvedTime(ws, a, at(10, 9, 0), at(10, 11, 0), true, "", CPH);
		Membership m = fixtures.as(a, () -> policy.require(ws.slug(), Permission.BILLING_VIEW));
		InvoiceView draft = invoicing.draft(m, contract, LocalDate.of(2026, 3, 1)).orElseThrow();
		assertThat(draft.vatNote()).contains("outside the EU");
		InvoiceView issued = invoicing.issue(m, draft.id());

		ApiClient api = new ApiClient(port, fixtures.token(ws, a.member()));
		ApiClient.Response again = api.post("/api/v1/workspaces/" + ws.slug() + "/invoices/" + draft.id() + "/issue",
				null);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.contentType()).contains("application/problem+json");
		assertThat(again.body()).contains("/status");
		assertThat(invoicing.invoice(m, draft.id()).number()).isEqualTo(issued.number());
		Member other = fixtures.member(ws, Role.ASSISTANT, null);
		ApiClient otherApi = new ApiClient(port, fixtures.token(ws, other.member()));
		assertThat(otherApi.get("/api/v1/workspaces/" + ws.slug() + "/invoices/" + draft.id()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/invoices").body()).contains(draft.id().toString());

		jdbc.sql("update billing.invoice set due_date = date '2026-01-01' where id = ?")
			.param(draft.id().value())
			.update();
		schedule.overdue(Instant.now());
		assertThat(invoicing.invoice(m, draft.id()).status()).isEqualTo(InvoiceStatus.OVERDUE);
	}

	private static Instant at(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, CPH).toInstant();
	}

}
