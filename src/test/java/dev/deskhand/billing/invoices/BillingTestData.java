package dev.deskhand.billing.invoices;

import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place invoice tests make billing profiles, contracts, rates and approved time:
 * plain SQL on the V7_10 and V7_0 schemas, because the contracts and timesheets lanes
 * write their facades at the same time. To be switched to {@code ContractManagement} and
 * {@code TimeTracking} when they land.
 */
@Component
public class BillingTestData {

	private final JdbcClient jdbc;

	BillingTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID issuer(Member person, String name, String country, String scheme, @Nullable String vat, String email) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into billing.issuer_profile (id, person_id, kind, name, address, country, vat_number, vat_scheme,
						    email, bank_name, iban, bic, payment_days, created_at, updated_at, version)
						values (?, ?, 'PERSON', ?, ?, ?, ?, ?, ?, 'Nordea', 'DK5000400440116243', 'NDEADKKK', 14, now(), now(), 0)""")
			.params(id, person.person().id().value(), name, "Strandvejen 1\n2100 København Ø", country, vat, scheme,
					email)
			.update();
		return id;
	}

	public void client(Ws ws, String name, String country, @Nullable String vat, String email) {
		jdbc.sql(
				"""
						insert into billing.client_profile (workspace_id, legal_name, address, country, vat_number, billing_email,
						    buyer_reference, updated_at, version)
						values (?, ?, ?, ?, ?, ?, 'PO-77', now(), 0)""")
			.params(ws.view().id().value(), name, "Havnegade 5\n1058 København K", country, vat, email)
			.update();
	}

	public UUID contract(Ws ws, Member member, UUID issuer, String kind, String currency, String period,
			LocalDate startsOn, @Nullable BigDecimal retainerHours) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into billing.contract (id, workspace_id, member_id, issuer_id, kind, currency, billing_period,
				    starts_on, status, retainer_hours, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, now(), 0)""")
			.params(id, ws.view().id().value(), member.member().id().value(), issuer, kind, currency, period, startsOn,
					retainerHours)
			.update();
		return id;
	}

	public void rate(UUID contract, String kind, String workType, LocalDate from, String amount) {
		jdbc.sql("""
				insert into billing.contract_rate (contract_id, kind, work_type, effective_from, amount, created_at)
				values (?, ?, ?, ?, ?, now())""")
			.params(contract, kind, workType, from, new BigDecimal(amount))
			.update();
	}

	/** A finished entry in an APPROVED week of the member (week in {@code zone}). */
	public void approvedTime(Ws ws, Member member, Instant start, Instant end, boolean billable, String note,
			ZoneId zone) {
		LocalDate week = LocalDate.ofInstant(start, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		jdbc.sql(
				"""
						insert into timesheets.time_entry (id, workspace_id, member_id, person_id, item_reference, item_title,
						    work_type, started_at, ended_at, week_start, billable, note, source, created_at, updated_at, version)
						values (?, ?, ?, ?, 'W-1', 'Booking for Ærø Shipping', 'Booking', ?, ?, ?, ?, ?, 'MANUAL', now(), now(), 0)""")
			.params(UUID.randomUUID(), ws.view().id().value(), member.member().id().value(),
					member.person().id().value(), Timestamp.from(start), Timestamp.from(end), week, billable, note)
			.update();
		jdbc.sql("""
				insert into timesheets.timesheet (workspace_id, member_id, week_start, status, submitted_at, decided_at,
				    version)
				values (?, ?, ?, 'APPROVED', now(), now(), 0) on conflict do nothing""")
			.params(ws.view().id().value(), member.member().id().value(), week)
			.update();
	}

}
