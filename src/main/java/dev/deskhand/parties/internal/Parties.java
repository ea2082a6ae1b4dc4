package dev.deskhand.parties.internal;

import dev.deskhand.parties.CarrierCodes;
import dev.deskhand.parties.ContactView;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.WorkspaceId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Parties with their domains and contacts, in plain SQL. A list reads the parties in one
 * query and their domains and contacts in one more each.
 */
@Repository
public class Parties {

	private static final String COLUMNS = "id, workspace_id, kind, name, language, account_refs, notes, sla_policy_id, "
			+ "updated_at, scac, iata_prefix, tracking_url_template";

	private final JdbcClient jdbc;

	Parties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The workspace's parties of {@code kind} (null: both) whose name starts with or
	 * contains {@code query} (case-insensitive; empty: all), prefix matches first.
	 */
	public List<PartyView> search(WorkspaceId workspace, @Nullable PartyKind kind, String query, int limit) {
		String q = query.strip().toLowerCase(java.util.Locale.ROOT);
		String like = "%" + escape(q) + "%";
		return complete(jdbc
			.sql("select " + COLUMNS + " from parties.party where workspace_id = ? and (?::text is null or kind = ?) "
					+ "and name_key like ? escape '\\' order by name_key like ? escape '\\' desc, name_key "
					+ "limit ?")
			.params(workspace.value(), kind == null ? null : kind.name(), kind == null ? null : kind.name(), like,
					escape(q) + "%", limit)
			.query(Parties::party)
			.list());
	}

	/**
	 * Contacts with an address whose address, name or party's name contains {@code query}
	 * (case-insensitive), as (party, address) pairs, addresses starting with it first.
	 */
	public List<ContactMatch> contactsMatching(WorkspaceId workspace, String query, int limit) {
		String q = query.strip().toLowerCase(java.util.Locale.ROOT);
		String like = "%" + escape(q) + "%";
		return jdbc.sql("""
				select c.email, p.id, p.kind, p.name from parties.contact c join parties.party p on p.id = c.party_id
				where c.workspace_id = ? and c.email is not null
				  and (c.email like ? escape '\\' or lower(c.name) like ? escape '\\' or p.name_key like ? escape '\\')
				order by c.email like ? escape '\\' desc, p.name_key, c.email limit ?""")
			.params(workspace.value(), like, like, like, escape(q) + "%", limit)
			.query((rs, n) -> new ContactMatch(rs.getString(1), new PartyId(rs.getObject(2, UUID.class)),
					PartyKind.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}

	/** A contact's address with its party. */
	public record ContactMatch(String email, PartyId party, PartyKind kind, String partyName) {
	}

	public Optional<PartyView> find(WorkspaceId workspace, PartyId id) {
		return jdbc.sql("select " + COLUMNS + " from parties.party where workspace_id = ? and id = ?")
			.params(workspace.value(), id.value())
			.query(Parties::party)
			.optional()
			.map(p -> complete(List.of(p)).getFirst());
	}

	public Optional<PartyView> findByName(WorkspaceId workspace, String name) {
		return jdbc.sql("select " + COLUMNS + " from parties.party where workspace_id = ? and name_key = ?")
			.params(workspace.value(), key(name))
			.query(Parties::party)
			.optional()
			.map(p -> complete(List.of(p)).getFirst());
	}

	/** The party whose contact has this address, else the one owning its domain. */
	public Optional<PartyId> matchSender(WorkspaceId workspace, String address) {
		String email = address.strip().toLowerCase(java.util.Locale.ROOT);
		int at = email.lastIndexOf('@');
		String domain = at < 0 ? "" : email.substring(at + 1);
		return jdbc.sql("""
				select party_id from (
				    select party_id, 1 as rank from parties.contact where workspace_id = ? and email = ?
				    union all
				    select party_id, 2 from parties.domain where workspace_id = ? and domain = ?
				) m order by rank limit 1""")
			.params(workspace.value(), email, workspace.value(), domain)
			.query((rs, n) -> new PartyId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public List<String> customerNames(WorkspaceId workspace) {
		return jdbc.sql("select name from parties.party where workspace_id = ? and kind = 'CUSTOMER' order by name_key")
			.param(workspace.value())
			.query(String.class)
			.list();
	}

	public boolean nameTaken(WorkspaceId workspace, String name, @Nullable PartyId except) {
		return jdbc
			.sql("select count(*) from parties.party where workspace_id = ? and name_key = ? "
					+ "and (?::uuid is null or id <> ?)")
			.params(workspace.value(), key(name), except == null ? null : except.value(),
					except == null ? null : except.value())
			.query(Long.class)
			.single() > 0;
	}

	/** The party that owns {@code domain} in the workspace, if any. */
	public Optional<PartyId> domainOwner(WorkspaceId workspace, String domain) {
		return jdbc.sql("select party_id from parties.domain where workspace_id = ? and domain = ?")
			.params(workspace.value(), domain)
			.query((rs, n) -> new PartyId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** The party and contact that have {@code email} in the workspace, if any. */
	public Optional<ContactOwner> contactOwner(WorkspaceId workspace, String email) {
		return jdbc.sql("select party_id, id from parties.contact where workspace_id = ? and email = ?")
			.params(workspace.value(), email)
			.query((rs, n) -> new ContactOwner(new PartyId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class)))
			.optional();
	}

	public record ContactOwner(PartyId party, UUID contact) {
	}

	public void insert(PartyView p, Instant now) {
		jdbc.sql(
				"""
						insert into parties.party (id, workspace_id, kind, name, name_key, language, account_refs, notes, sla_policy_id,
						    created_at, updated_at, scac, iata_prefix, tracking_url_template)
						    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id().value(), p.workspace().value(), p.kind().name(), p.name(), key(p.name()), p.language(),
					p.accountRefs().toArray(String[]::new), p.notes(), p.slaPolicy(), Timestamp.from(now),
					Timestamp.from(now), scac(p), iataPrefix(p), trackingUrlTemplate(p))
			.update();
		setDomains(p.workspace(), p.id(), p.domains());
	}

	public void update(PartyView p, Instant now) {
		jdbc.sql(
				"""
						update parties.party set kind = ?, name = ?, name_key = ?, language = ?, account_refs = ?, notes = ?, sla_policy_id = ?,
						    updated_at = ?, scac = ?, iata_prefix = ?, tracking_url_template = ? where id = ? and workspace_id = ?""")
			.params(p.kind().name(), p.name(), key(p.name()), p.language(), p.accountRefs().toArray(String[]::new),
					p.notes(), p.slaPolicy(), Timestamp.from(now), scac(p), iataPrefix(p), trackingUrlTemplate(p),
					p.id().value(), p.workspace().value())
			.update();
		setDomains(p.workspace(), p.id(), p.domains());
	}

	public void touch(PartyId id, Instant now) {
		jdbc.sql("update parties.party set updated_at = ? where id = ?")
			.params(Timestamp.from(now), id.value())
			.update();
	}

	public void delete(WorkspaceId workspace, PartyId id) {
		jdbc.sql("delete from parties.party where workspace_id = ? and id = ?")
			.params(workspace.value(), id.value())
			.update();
	}

	private void setDomains(WorkspaceId workspace, PartyId id, List<String> domains) {
		jdbc.sql("delete from parties.domain where party_id = ? and not (domain = any(?))")
			.params(id.value(), domains.toArray(String[]::new))
			.update();
		for (String d : domains) {
			jdbc.sql(
					"insert into parties.domain (workspace_id, domain, party_id) values (?, ?, ?) on conflict do nothing")
				.params(workspace.value(), d, id.value())
				.update();
		}
	}

	public void insertContact(WorkspaceId workspace, PartyId party, ContactView c, Instant now) {
		jdbc.sql("""
				insert into parties.contact (id, party_id, workspace_id, name, email, phone, language, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), party.value(), workspace.value(), c.name(), c.email(), c.phone(), c.language(),
					Timestamp.from(now))
			.update();
	}

	public void updateContact(PartyId party, ContactView c) {
		jdbc.sql(
				"update parties.contact set name = ?, email = ?, phone = ?, language = ? where id = ? and party_id = ?")
			.params(c.name(), c.email(), c.phone(), c.language(), c.id(), party.value())
			.update();
	}

	public boolean deleteContact(PartyId party, UUID contact) {
		return jdbc.sql("delete from parties.contact where id = ? and party_id = ?")
			.params(contact, party.value())
			.update() == 1;
	}

	/** Adds domains and contacts to parties read without them. */
	private List<PartyView> complete(List<PartyView> parties) {
		if (parties.isEmpty()) {
			return parties;
		}
		UUID[] ids = parties.stream().map(p -> p.id().value()).toArray(UUID[]::new);
		Map<UUID, List<String>> domains = new LinkedHashMap<>();
		jdbc.sql("select party_id, domain from parties.domain where party_id = any(?) order by domain")
			.param(ids)
			.query((rs, n) -> domains.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		Map<UUID, List<ContactView>> contacts = new LinkedHashMap<>();
		jdbc.sql("select party_id, id, name, email, phone, language from parties.contact where party_id = any(?) "
				+ "order by lower(name), id")
			.param(ids)
			.query((rs, n) -> contacts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new ContactView(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6))))
			.list();
		return parties.stream()
			.map(p -> new PartyView(p.id(), p.workspace(), p.kind(), p.name(), p.language(), p.accountRefs(), p.notes(),
					p.slaPolicy(), domains.getOrDefault(p.id().value(), List.of()),
					contacts.getOrDefault(p.id().value(), List.of()), p.updatedAt(), p.carrierCodes()))
			.toList();
	}

	private static PartyView party(ResultSet rs, int n) throws SQLException {
		return new PartyView(new PartyId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), PartyKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("language"), strings(rs.getArray("account_refs")),
				rs.getString("notes"), rs.getObject("sla_policy_id", UUID.class), List.of(), List.of(),
				rs.getTimestamp("updated_at").toInstant(), codes(rs));
	}

	private static @Nullable CarrierCodes codes(ResultSet rs) throws SQLException {
		String scac = rs.getString("scac");
		String iata = rs.getString("iata_prefix");
		String template = rs.getString("tracking_url_template");
		return scac == null && iata == null && template == null ? null : new CarrierCodes(scac, iata, template);
	}

	private static @Nullable String scac(PartyView p) {
		return p.carrierCodes() == null ? null : p.carrierCodes().scac();
	}

	private static @Nullable String iataPrefix(PartyView p) {
		return p.carrierCodes() == null ? null : p.carrierCodes().iataPrefix();
	}

	private static @Nullable String trackingUrlTemplate(PartyView p) {
		return p.carrierCodes() == null ? null : p.carrierCodes().trackingUrlTemplate();
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * How names compare: stripped and lower-cased by Java, whatever the database's
	 * locale.
	 */
	static String key(String name) {
		return name.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/** {@code s} for a LIKE pattern with {@code escape '\\'}. */
	static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
