package dev.deskhand.billing.contracts;

import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractId;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.Clause;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.Rate;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.ContractView.Status;
import dev.deskhand.shared.Money;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts with their rates and clauses in {@code billing}'s tables (V7_10). */
@Repository
public class ContractStore {

	private static final String COLUMNS = """
			select c.id, c.workspace_id, c.member_id, c.issuer_id, i.name, c.kind, c.currency, c.billing_period,
			       c.starts_on, c.ends_on, c.status, c.ended_at, c.end_reason, c.trial_ends_on, c.trial_targets,
			       c.retainer_hours, c.scope, c.created_at
			from billing.contract c join billing.issuer_profile i on i.id = c.issuer_id
			""";

	private final JdbcClient jdbc;

	ContractStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The contract, its member named by {@code names}. */
	public Optional<ContractView> find(ContractId id, Function<MemberId, String> names) {
		return jdbc.sql(COLUMNS + " where c.id = ?")
			.param(id.value())
			.query((rs, n) -> row(rs, names))
			.optional()
			.map(this::complete);
	}

	/** The workspace's contracts, live first, then the newest first. */
	public List<ContractView> ofWorkspace(WorkspaceId ws, @Nullable MemberId member, Function<MemberId, String> names) {
		return jdbc
			.sql(COLUMNS + " where c.workspace_id = ? and (cast(? as uuid) is null or c.member_id = ?)"
					+ " order by (c.status = 'ENDED'), c.created_at desc, c.id")
			.params(ws.value(), member == null ? null : member.value(), member == null ? null : member.value())
			.query((rs, n) -> row(rs, names))
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	/** The workspace's contracts that are not ended. */
	public List<ContractView> live(WorkspaceId ws, Function<MemberId, String> names) {
		return ofWorkspace(ws, null, names).stream().filter(ContractView::live).toList();
	}

	public boolean hasLive(WorkspaceId ws, MemberId member) {
		return jdbc
			.sql("select count(*) from billing.contract where workspace_id = ? and member_id = ?"
					+ " and status <> 'ENDED'")
			.params(ws.value(), member.value())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Active contracts whose last day is before {@code day}, locked for this transaction.
	 */
	public List<ContractId> activeEndedBefore(LocalDate day) {
		return jdbc
			.sql("select id from billing.contract where status = 'ACTIVE' and ends_on < ?"
					+ " order by id for update skip locked")
			.param(Date.valueOf(day))
			.query(UUID.class)
			.list()
			.stream()
			.map(ContractId::new)
			.toList();
	}

	public void insert(ContractView c, @Nullable MemberId createdBy) {
		jdbc.sql("""
				insert into billing.contract (id, workspace_id, member_id, issuer_id, kind, currency, billing_period,
				    starts_on, ends_on, status, trial_ends_on, trial_targets, retainer_hours, scope, created_at,
				    version, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, 0, ?)""")
			.params(c.id().value(), c.workspace().value(), c.member().value(), c.issuer(), c.kind().name(),
					c.currency(), c.period().name(), Date.valueOf(c.startsOn()), date(c.endsOn()),
					date(c.trialEndsOn()), c.trialTargets(), c.retainerHours(), c.scope(),
					Timestamp.from(c.createdAt()), createdBy == null ? null : createdBy.value())
			.update();
		c.rates().forEach(r -> insertRate(c.id(), r));
		for (Clause clause : c.clauses()) {
			jdbc.sql("insert into billing.contract_clause (contract_id, clause, version) values (?, ?, ?)")
				.params(c.id().value(), clause.clause().name(), clause.version())
				.update();
		}
	}

	public void insertRate(ContractId id, Rate r) {
		jdbc.sql("""
				insert into billing.contract_rate (contract_id, kind, work_type, effective_from, amount, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), r.kind().name(), r.workType(), Date.valueOf(r.effectiveFrom()), r.amount().amount(),
					Timestamp.from(r.createdAt()))
			.update();
	}

	/** Records the acceptance once; false when it was accepted before. */
	public boolean accept(ContractId id, ClauseKind clause, int version, MemberId by, Instant at) {
		return jdbc.sql("""
				update billing.contract_clause set accepted_at = ?, accepted_by = ?
				where contract_id = ? and clause = ? and version = ? and accepted_at is null""")
			.params(Timestamp.from(at), by.value(), id.value(), clause.name(), version)
			.update() == 1;
	}

	public void activate(ContractId id, UUID grant) {
		jdbc.sql("update billing.contract set status = 'ACTIVE', grant_id = ?, version = version + 1"
				+ " where id = ? and status = 'DRAFT'")
			.params(grant, id.value())
			.update();
	}

	public void end(ContractId id, LocalDate endsOn, Instant at, String reason) {
		jdbc.sql("update billing.contract set status = 'ENDED', ends_on = ?, ended_at = ?, end_reason = ?,"
				+ " version = version + 1 where id = ?")
			.params(Date.valueOf(endsOn), Timestamp.from(at), reason, id.value())
			.update();
	}

	public void changeEnd(ContractId id, @Nullable LocalDate endsOn, @Nullable UUID grant) {
		jdbc.sql("update billing.contract set ends_on = ?, grant_id = coalesce(?, grant_id), version = version + 1"
				+ " where id = ?")
			.params(date(endsOn), grant, id.value())
			.update();
	}

	public Optional<UUID> grantOf(ContractId id) {
		return jdbc.sql("select grant_id from billing.contract where id = ? and grant_id is not null")
			.param(id.value())
			.query(UUID.class)
			.optional();
	}

	public Optional<MemberId> offeredBy(ContractId id) {
		return jdbc.sql("select created_by from billing.contract where id = ? and created_by is not null")
			.param(id.value())
			.query(UUID.class)
			.optional()
			.map(MemberId::new);
	}

	/** Locks the contract's row for the rest of the transaction. */
	public void lock(ContractId id) {
		jdbc.sql("select id from billing.contract where id = ? for update").param(id.value()).query(UUID.class).list();
	}

	private ContractView complete(ContractView c) {
		List<Rate> rates = jdbc.sql("""
				select kind, work_type, effective_from, amount, created_at from billing.contract_rate
				where contract_id = ? order by kind, work_type, effective_from""")
			.param(c.id().value())
			.query((rs, n) -> new Rate(RateKind.valueOf(rs.getString(1)), rs.getString(2), rs.getDate(3).toLocalDate(),
					new Money(rs.getBigDecimal(4), c.currency()), rs.getTimestamp(5).toInstant()))
			.list();
		List<Clause> clauses = jdbc
			.sql("""
					select clause, version, accepted_at, accepted_by from billing.contract_clause
					where contract_id = ? order by array_position(array['NDA', 'IP_ASSIGNMENT', 'AUDIT_RIGHTS'], clause), version""")
			.param(c.id().value())
			.query((rs, n) -> new Clause(ClauseKind.valueOf(rs.getString(1)), rs.getInt(2), instant(rs, 3),
					rs.getObject(4, UUID.class) == null ? null : new MemberId(rs.getObject(4, UUID.class))))
			.list();
		return new ContractView(c.id(), c.workspace(), c.member(), c.memberName(), c.issuer(), c.issuerName(), c.kind(),
				c.currency(), c.period(), c.startsOn(), c.endsOn(), c.status(), c.endedAt(), c.endReason(),
				c.trialEndsOn(), c.trialTargets(), c.retainerHours(), c.scope(), rates, clauses, c.createdAt());
	}

	private static ContractView row(ResultSet rs, Function<MemberId, String> names) throws SQLException {
		MemberId member = new MemberId(rs.getObject(3, UUID.class));
		String reason = rs.getString(13);
		return new ContractView(new ContractId(rs.getObject(1, UUID.class)),
				new WorkspaceId(rs.getObject(2, UUID.class)), member, names.apply(member), rs.getObject(4, UUID.class),
				rs.getString(5), ContractKind.valueOf(rs.getString(6)), rs.getString(7),
				BillingPeriod.valueOf(rs.getString(8)), rs.getDate(9).toLocalDate(), localDate(rs, 10),
				Status.valueOf(rs.getString(11)), instant(rs, 12), reason == null ? "" : reason, localDate(rs, 14),
				rs.getString(15), rs.getBigDecimal(16), rs.getString(17), List.of(), List.of(),
				rs.getTimestamp(18).toInstant());
	}

	private static @Nullable Date date(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private static @Nullable LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
