package dev.deskhand.billing.invoices;

import dev.deskhand.billing.MonthlySpend;
import dev.deskhand.billing.InvoiceStatus;
import dev.deskhand.billing.documents.InvoiceDocument;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The invoice table: plain SQL, the document as JSON. */
@Component
public class InvoiceRows {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InvoiceRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One stored invoice or credit note. */
	public record Row(UUID id, UUID workspace, UUID contract, UUID member, UUID issuer, boolean creditNote,
			@Nullable UUID credits, boolean credited, @Nullable String number, InvoiceStatus status, String currency,
			String language, LocalDate from, LocalDate to, @Nullable LocalDate issueDate, @Nullable LocalDate dueDate,
			InvoiceDocument document, @Nullable UUID pdf, @Nullable UUID csv, @Nullable UUID xml, Instant createdAt,
			@Nullable Instant sentAt, @Nullable Instant remindedAt) {
	}

	private static final String SELECT = """
			select id, workspace_id, contract_id, member_id, issuer_id, kind, credits, credited, number, status, currency,
			       language, period_from, period_to, issue_date, due_date, document, pdf_document, csv_document,
			       xml_document, created_at, sent_at, reminded_at
			from billing.invoice""";

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
	}

	/** The row locked until the caller's transaction ends (issuing, paying). */
	Optional<Row> lock(UUID id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::row).optional();
	}

	Optional<Row> ofPeriod(UUID contract, LocalDate from) {
		return jdbc.sql(SELECT + " where contract_id = ? and period_from = ? and kind = 'INVOICE' and not credited")
			.params(contract, from)
			.query(this::row)
			.optional();
	}

	public List<Row> ofMembers(List<UUID> members) {
		if (members.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where member_id in (:m) order by created_at desc limit 500")
			.param("m", members)
			.query(this::row)
			.list();
	}

	public List<Row> ofWorkspace(UUID workspace) {
		return jdbc.sql(SELECT + " where workspace_id = ? and status <> 'DRAFT' order by created_at desc limit 500")
			.param(workspace)
			.query(this::row)
			.list();
	}

	/** Issued or sent invoices due before {@code day}, not yet reminded. */
	List<UUID> overdue(LocalDate day) {
		return jdbc.sql("""
				select id from billing.invoice where status in ('ISSUED', 'SENT') and kind = 'INVOICE' and not credited
				  and due_date < ? order by due_date limit 200""").param(day).query(UUID.class).list();
	}

	/**
	 * A new draft, or nothing when the contract's period already has an invoice (another
	 * run got there first).
	 */
	boolean insertDraft(UUID id, BillingRecords.Contract c, InvoiceDocument doc, Instant now) {
		return jdbc
			.sql("""
					insert into billing.invoice (id, workspace_id, contract_id, member_id, issuer_id, kind, status, currency,
					    language, period_from, period_to, net, vat_total, gross, document, created_at, version)
					values (?, ?, ?, ?, ?, 'INVOICE', 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 0)
					on conflict do nothing""")
			.params(id, c.workspace(), c.id(), c.member(), c.issuer(), doc.currency(), doc.language(), doc.periodFrom(),
					doc.periodTo(), doc.net(), doc.vatTotal(), doc.gross(), json.writeValueAsString(doc),
					Timestamp.from(now))
			.update() == 1;
	}

	void insertCreditNote(UUID id, Row credited, InvoiceDocument doc, Instant now) {
		jdbc.sql("""
				insert into billing.invoice (id, workspace_id, contract_id, member_id, issuer_id, kind, credits, number,
				    status, currency, language, period_from, period_to, issue_date, due_date, net, vat_total, gross,
				    document, created_at, issued_at, version)
				values (?, ?, ?, ?, ?, 'CREDIT_NOTE', ?, ?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 0)""")
			.params(id, credited.workspace(), credited.contract(), credited.member(), credited.issuer(), credited.id(),
					doc.number(), doc.currency(), doc.language(), doc.periodFrom(), doc.periodTo(), doc.issueDate(),
					doc.dueDate(), doc.net(), doc.vatTotal(), doc.gross(), json.writeValueAsString(doc),
					Timestamp.from(now), Timestamp.from(now))
			.update();
		jdbc.sql("update billing.invoice set credited = true, version = version + 1 where id = ?")
			.param(credited.id())
			.update();
	}

	void updateDraft(UUID id, InvoiceDocument doc) {
		jdbc.sql("""
				update billing.invoice set net = ?, vat_total = ?, gross = ?, document = ?::jsonb, version = version + 1
				where id = ? and status = 'DRAFT'""")
			.params(doc.net(), doc.vatTotal(), doc.gross(), json.writeValueAsString(doc), id)
			.update();
	}

	void issue(UUID id, InvoiceDocument doc, Instant now) {
		jdbc.sql("""
				update billing.invoice set status = 'ISSUED', number = ?, issue_date = ?, due_date = ?, net = ?,
				    vat_total = ?, gross = ?, document = ?::jsonb, issued_at = ?, version = version + 1
				where id = ? and status = 'DRAFT'""")
			.params(doc.number(), doc.issueDate(), doc.dueDate(), doc.net(), doc.vatTotal(), doc.gross(),
					json.writeValueAsString(doc), Timestamp.from(now), id)
			.update();
	}

	void files(UUID id, UUID pdf, UUID csv, @Nullable UUID xml) {
		jdbc.sql("update billing.invoice set pdf_document = ?, csv_document = ?, xml_document = ? where id = ?")
			.params(pdf, csv, xml, id)
			.update();
	}

	void status(UUID id, InvoiceStatus status, String timeColumn, Instant now) {
		jdbc.sql("update billing.invoice set status = ?, " + timeColumn + " = ?, version = version + 1 where id = ?")
			.params(status.name(), Timestamp.from(now), id)
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from billing.invoice where id = ? and status = 'DRAFT'").param(id).update();
	}

	/**
	 * Gross per member and month of the workspace's issued invoices (credit notes
	 * subtract).
	 */
	public List<MonthlySpend> spend(UUID workspace, String zone) {
		return jdbc.sql("""
				select member_id, to_char(issue_date, 'YYYY-MM') as month, currency,
				       sum(case when kind = 'CREDIT_NOTE' then -net else net end) as net
				from billing.invoice where workspace_id = ? and status <> 'DRAFT'
				group by member_id, month, currency order by month, member_id""")
			.param(workspace)
			.query((rs, n) -> new MonthlySpend(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4)))
			.list();
	}

	/** Net spent on one member in one month and currency. */

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6).equals("CREDIT_NOTE"),
				rs.getObject(7, UUID.class), rs.getBoolean(8), rs.getString(9), InvoiceStatus.valueOf(rs.getString(10)),
				rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class),
				rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
				json.readValue(rs.getString(17), InvoiceDocument.class), rs.getObject(18, UUID.class),
				rs.getObject(19, UUID.class), rs.getObject(20, UUID.class), instant(rs.getTimestamp(21)),
				instant(rs.getTimestamp(22)), instant(rs.getTimestamp(23)));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
