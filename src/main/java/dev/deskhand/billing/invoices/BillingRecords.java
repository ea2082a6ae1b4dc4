package dev.deskhand.billing.invoices;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads contracts, their rates and the two billing profiles with plain SQL on the
 * contracts schema (V7_10), as the contracts lane agreed: invoices need their terms, not
 * the contracts module's views.
 */
@Component
public class BillingRecords {

	private final JdbcClient jdbc;

	BillingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A contract's fields invoicing uses. */
	public record Contract(UUID id, UUID workspace, UUID member, UUID issuer, String kind, String currency,
			String billingPeriod, LocalDate startsOn, @Nullable LocalDate endsOn, String status,
			@Nullable BigDecimal retainerHours) {
	}

	/** The issuer's profile. */
	public record Issuer(UUID id, UUID person, String name, String address, String country, @Nullable String vatNumber,
			@Nullable String taxNumber, String vatScheme, String email, @Nullable String phone,
			@Nullable String bankName, @Nullable String iban, @Nullable String bic, byte @Nullable [] logo,
			int paymentDays) {
	}

	/** The workspace's profile as recipient. */
	public record Client(UUID workspace, String legalName, String address, String country, @Nullable String vatNumber,
			String billingEmail, @Nullable String buyerReference) {
	}

	private static final String CONTRACT = """
			select id, workspace_id, member_id, issuer_id, kind, currency, billing_period, starts_on, ends_on, status,
			       retainer_hours from billing.contract""";

	public Optional<Contract> contract(UUID id) {
		return jdbc.sql(CONTRACT + " where id = ?").param(id).query(BillingRecords::contract).optional();
	}

	/**
	 * Contracts that may have time to bill: active ones, and ended ones ended recently.
	 */
	List<Contract> billable(LocalDate since) {
		return jdbc.sql(CONTRACT + " where status = 'ACTIVE' or (status = 'ENDED' and coalesce(ends_on, ?) >= ?)")
			.params(since, since)
			.query(BillingRecords::contract)
			.list();
	}

	Terms terms(Contract c) {
		List<Terms.Rate> rates = jdbc
			.sql("select kind, work_type, effective_from, amount from billing.contract_rate where contract_id = ?")
			.param(c.id())
			.query((rs, n) -> new Terms.Rate(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getBigDecimal(4)))
			.list();
		return new Terms(c.kind(), c.currency(), c.retainerHours(), rates);
	}

	Optional<Issuer> issuer(UUID id) {
		return jdbc.sql("""
				select id, person_id, name, address, country, vat_number, tax_number, vat_scheme, email, phone,
				       bank_name, iban, bic, logo, payment_days from billing.issuer_profile where id = ?""")
			.param(id)
			.query((rs, n) -> new Issuer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
					rs.getBytes(14), rs.getInt(15)))
			.optional();
	}

	Optional<Client> client(UUID workspace) {
		return jdbc.sql("""
				select workspace_id, legal_name, address, country, vat_number, billing_email, buyer_reference
				from billing.client_profile where workspace_id = ?""")
			.param(workspace)
			.query((rs, n) -> new Client(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.optional();
	}

	private static Contract contract(ResultSet rs, int n) throws SQLException {
		return new Contract(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10),
				rs.getBigDecimal(11));
	}

}
