package dev.deskhand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "done": a month of demo time for the shared assistant (Katrine, for
 * Nordhavn in DKK and Elbtal in EUR) produces one correct invoice per client, in the
 * right currency and VAT, its hours those of her approved weeks, with the time report
 * attached and, for Elbtal, an e-invoice that passes Mustang's validator.
 */
@IntegrationTest
class DemoBillingTests {

	@Autowired
	DemoData demo;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentStore documents;

	@Autowired
	java.util.List<dev.deskhand.assistant.FactSource> factSources;

	@BeforeEach
	void loadOnce() {
		demo.loadUnless(() -> workspaces.findWorkspace("nordhavn").isPresent());
	}

	Map<String, Object> invoiceOf(String slug) {
		return jdbc.sql("""
				select i.*, i.document::text as doc from billing.invoice i
				join workspace.workspace w on w.id = i.workspace_id
				where w.slug = ? and i.kind = 'INVOICE'""").param(slug).query().singleRow();
	}

	/**
	 * Hours of the member's approved entries in the invoice's period, by the invoice's
	 * rule.
	 */
	BigDecimal approvedHours(Map<String, Object> invoice) {
		return jdbc.sql("""
				select coalesce(sum(floor(extract(epoch from e.ended_at - e.started_at) / 60)), 0) / 60.0
				from timesheets.time_entry e
				join timesheets.timesheet t on t.workspace_id = e.workspace_id and t.member_id = e.member_id
				     and t.week_start = e.week_start and t.status = 'APPROVED'
				join workspace.workspace w on w.id = e.workspace_id
				where e.member_id = ? and e.billable
				  and (e.started_at at time zone w.time_zone)::date between ? and ?""")
			.params(invoice.get("member_id"), invoice.get("period_from"), invoice.get("period_to"))
			.query(BigDecimal.class)
			.single();
	}

	byte[] file(String slug, Object id) {
		WorkspaceId ws = workspaces.findWorkspace(slug).orElseThrow().id();
		return documents.readForSystem(ws, new DocumentId((UUID) id), "test").bytes();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void nordhavnGetsOneDanishInvoiceInDkkWithVat() throws IOException {
		Map<String, Object> invoice = invoiceOf("nordhavn");
		assertThat(invoice.get("status")).isEqualTo("ISSUED");
		assertThat(invoice.get("currency")).isEqualTo("DKK");
		assertThat((String) invoice.get("number")).matches("\\d{4}-000[12]");
		BigDecimal net = (BigDecimal) invoice.get("net");
		assertThat(net.signum()).isPositive();
		assertThat((BigDecimal) invoice.get("vat_total"))
			.isEqualByComparingTo(net.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP));
		assertThat(((BigDecimal) invoice.get("gross")))
			.isEqualByComparingTo(net.add((BigDecimal) invoice.get("vat_total")));
		// the hours billed are those of her approved weeks in the month, at 325 kr.
		assertThat(net).isEqualByComparingTo(
				approvedHours(invoice).setScale(2, RoundingMode.HALF_UP).multiply(new BigDecimal("325.00")));
		String pdf = text(file("nordhavn", invoice.get("pdf_document")));
		assertThat(pdf).contains("Faktura", "Holm VA v/ Katrine Holm", "DK16480894", "Nordhavn Logistics ApS",
				"DK83960310", "25");
		assertThat(new String(file("nordhavn", invoice.get("csv_document")), StandardCharsets.UTF_8)).contains(";");
		assertThat(invoice.get("xml_document")).isNull();
	}

	@Test
	void elbtalGetsAReverseChargedInvoiceInEurWithAValidEInvoice() throws IOException {
		Map<String, Object> invoice = invoiceOf("elbtal");
		assertThat(invoice.get("status")).isEqualTo("ISSUED");
		assertThat(invoice.get("currency")).isEqualTo("EUR");
		assertThat(invoice.get("language")).isEqualTo("de");
		assertThat((BigDecimal) invoice.get("vat_total")).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat((String) invoice.get("doc")).contains("REVERSE_CHARGE_EU", "40.00", "42.00");
		// two invoices of one issuer: numbered one after the other, no gap
		assertThat(jdbc
			.sql("select string_agg(right(number, 4), ',' order by number) from billing.invoice "
					+ "where issuer_id = ?")
			.param(invoice.get("issuer_id"))
			.query(String.class)
			.single()).isEqualTo("0001,0002");
		byte[] pdf = file("elbtal", invoice.get("pdf_document"));
		assertThat(text(pdf)).contains("Rechnung", "Elbtal Versand GmbH", "Königsbrücker Straße 96", "DE669780013",
				"Steuerschuldnerschaft des Leistungsempfängers");
		String report = new ZUGFeRDValidator().validate(pdf, "invoice.pdf");
		assertThat(report).as(report).doesNotContain("type=\"error\"").contains("<summary status=\"valid\"/>");
		byte[] xml = file("elbtal", invoice.get("xml_document"));
		String xmlReport = new ZUGFeRDValidator().validate(xml, "xrechnung.xml");
		assertThat(xmlReport).as(xmlReport).contains("<summary status=\"valid\"/>");
	}

	@Test
	void theAssistantKnowsTheFactsOfAnInvoiceAMailNames() {
		Map<String, Object> invoice = invoiceOf("nordhavn");
		String number = ((String) invoice.get("number")).replace("-", "");
		WorkspaceId ws = workspaces.findWorkspace("nordhavn").orElseThrow().id();
		var found = List.of(new dev.deskhand.assistant.FoundReference("invoice", number, true, false));
		String source = "invoice:" + invoice.get("id") + ":";
		assertThat(factSources.stream().flatMap(f -> f.facts(ws, found).stream()).toList())
			.contains(new dev.deskhand.assistant.Fact("reference", number, source + "number"),
					new dev.deskhand.assistant.Fact("amount",
							((BigDecimal) invoice.get("gross")).setScale(2).toPlainString() + " DKK", source + "gross"))
			.anyMatch(f -> f.source().equals(source + "due_date"));
		// another workspace's invoice with the same number is not a fact here
		WorkspaceId elbtal = workspaces.findWorkspace("elbtal").orElseThrow().id();
		assertThat(factSources.stream().flatMap(f -> f.facts(elbtal, found).stream()))
			.noneMatch(f -> f.source().equals(source + "gross"));
	}

}
