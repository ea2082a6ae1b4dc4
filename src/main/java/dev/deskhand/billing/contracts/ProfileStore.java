package dev.deskhand.billing.contracts;

import dev.deskhand.billing.ClientProfileView;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.IssuerProfileView.Kind;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issuer and client profiles in {@code billing}'s tables (V7_10). */
@Repository
public class ProfileStore {

	private static final String ISSUER = """
			select id, person_id, kind, name, address, country, vat_number, tax_number, vat_scheme, email, phone,
			       bank_name, iban, bic, logo_type, payment_days, updated_at
			from billing.issuer_profile""";

	private final JdbcClient jdbc;

	ProfileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<IssuerProfileView> issuersOf(PersonId person) {
		return jdbc.sql(ISSUER + " where person_id = ? order by name, id")
			.param(person.value())
			.query((rs, n) -> issuer(rs))
			.list();
	}

	public Optional<IssuerProfileView> issuer(UUID id) {
		return jdbc.sql(ISSUER + " where id = ?").param(id).query((rs, n) -> issuer(rs)).optional();
	}

	public Optional<byte[]> logo(UUID id) {
		return jdbc.sql("select logo from billing.issuer_profile where id = ? and logo is not null")
			.param(id)
			.query(byte[].class)
			.optional();
	}

	public void insertIssuer(IssuerProfileView p) {
		jdbc.sql("""
				insert into billing.issuer_profile (id, person_id, kind, name, address, country, vat_number, tax_number,
				    vat_scheme, email, phone, bank_name, iban, bic, payment_days, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(p.id(), p.person().value(), p.kind().name(), p.name(), p.address(), p.country(), p.vatNumber(),
					p.taxNumber(), p.vatScheme().name(), p.email(), p.phone(), p.bankName(), p.iban(), p.bic(),
					p.paymentDays(), Timestamp.from(p.updatedAt()), Timestamp.from(p.updatedAt()))
			.update();
	}

	public void updateIssuer(IssuerProfileView p) {
		jdbc.sql("""
				update billing.issuer_profile set kind = ?, name = ?, address = ?, country = ?, vat_number = ?,
				    tax_number = ?, vat_scheme = ?, email = ?, phone = ?, bank_name = ?, iban = ?, bic = ?,
				    payment_days = ?, updated_at = ?, version = version + 1
				where id = ?""")
			.params(p.kind().name(), p.name(), p.address(), p.country(), p.vatNumber(), p.taxNumber(),
					p.vatScheme().name(), p.email(), p.phone(), p.bankName(), p.iban(), p.bic(), p.paymentDays(),
					Timestamp.from(p.updatedAt()), p.id())
			.update();
	}

	/** Sets the logo (null bytes and type: removes it). */
	public void setLogo(UUID id, byte[] logo, String type, java.time.Instant at) {
		jdbc.sql("update billing.issuer_profile set logo = ?, logo_type = ?, updated_at = ?, version = version + 1"
				+ " where id = ?")
			.params(logo, type, Timestamp.from(at), id)
			.update();
	}

	public Optional<ClientProfileView> client(WorkspaceId ws) {
		return jdbc
			.sql("""
					select workspace_id, legal_name, address, country, vat_number, billing_email, buyer_reference, updated_at
					from billing.client_profile where workspace_id = ?""")
			.param(ws.value())
			.query((rs, n) -> new ClientProfileView(new WorkspaceId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.optional();
	}

	public void saveClient(ClientProfileView c) {
		jdbc.sql(
				"""
						insert into billing.client_profile (workspace_id, legal_name, address, country, vat_number,
						    billing_email, buyer_reference, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, 0)
						on conflict (workspace_id) do update set legal_name = excluded.legal_name, address = excluded.address,
						    country = excluded.country, vat_number = excluded.vat_number, billing_email = excluded.billing_email,
						    buyer_reference = excluded.buyer_reference, updated_at = excluded.updated_at,
						    version = billing.client_profile.version + 1""")
			.params(c.workspace().value(), c.legalName(), c.address(), c.country(), c.vatNumber(), c.billingEmail(),
					c.buyerReference(), Timestamp.from(c.updatedAt()))
			.update();
	}

	private static IssuerProfileView issuer(ResultSet rs) throws SQLException {
		return new IssuerProfileView(rs.getObject(1, UUID.class), new PersonId(rs.getObject(2, UUID.class)),
				Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getString(8), VatScheme.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16),
				rs.getTimestamp(17).toInstant());
	}

}
