package dev.deskhand.shipments.internal;

import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.TrackingExceptionRaised;
import dev.deskhand.shipments.TrackingExceptionResolved;
import dev.deskhand.shipments.TrackingExceptionsRaised;
import dev.deskhand.shipments.TrackingExceptionsResolved;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises and resolves tracking exceptions for a set of shipments in one SQL statement:
 * every rule of the workspace is judged against each shipment; a condition that holds
 * without an open exception is inserted ({@code on conflict do nothing} on the partial
 * unique index of open exceptions, so concurrent evaluators raise it once), an open
 * exception whose condition no longer holds is marked resolved (the update re-checks
 * {@code resolved_at is null} after its row lock, so it is resolved once). The raises and
 * the resolutions are published in the caller's transaction, together
 * ({@link TrackingExceptionsRaised}, {@link TrackingExceptionsResolved}). The ingest
 * calls {@link #afterEvents} after each stored batch; {@link ExceptionClock} calls
 * {@link #evaluate} for time to pass.
 */
@Component
public class ExceptionEvaluation {

	/** The problem statuses ({@code TrackingStatus.isProblem()}), as SQL. */
	private static final String PROBLEMS = "array['customs-hold','delivery-failed','delayed','damaged','exception']";

	private static final String SQL = """
			with s as (
			    select s.* from unnest(cast(:ids as uuid[])) as ids(id)
			    cross join lateral (select * from shipments.shipment s where s.id = ids.id and s.workspace_id = :ws
			                        limit 1) s
			),
			pairs as (
			    select s.id as shipment_id, r.id as rule_id,
			        (r.enabled
			         and (r.customer_id is null or r.customer_id = s.customer_id)
			         and (r.carrier_id is null or r.carrier_id = s.carrier_id)
			         and (r.mode is null or r.mode = s.mode)
			         and case r.kind
			             when 'stale' then s.status not in ('booked', 'delivered', 'cancelled')
			                 and coalesce(s.last_event_at, s.status_at, s.created_at) < cast(:now as timestamptz) - make_interval(hours => r.hours)
			             when 'eta-slip' then s.status not in ('delivered', 'cancelled') and s.promised_delivery is not null
			                 and greatest(coalesce(s.eta, s.promised_delivery), cast(:now as timestamptz))
			                     > s.promised_delivery + make_interval(hours => r.hours)
			             when 'carrier-exception' then s.status = any(case when cardinality(r.statuses) = 0
			                 then PROBLEMS else r.statuses end)
			             when 'missed-checkpoint' then s.status not in ('delivered', 'cancelled') and mm.status is not null
			             else false end) as holds,
			        mm.status as milestone, mm.location as milestone_location, mm.planned_at as milestone_at
			    from s
			    join shipments.exception_rule r on r.workspace_id = s.workspace_id
			        and (cast(:rule as uuid) is null or r.id = cast(:rule as uuid))
			    left join lateral (
			        select m.status, m.location, m.planned_at from shipments.milestone m
			        where r.kind = 'missed-checkpoint' and m.shipment_id = s.id
			          and m.planned_at < cast(:now as timestamptz) - make_interval(hours => r.hours)
			          and not exists (
			              select 1 from shipments.milestone m2
			              join shipments.tracking_event e on e.shipment_id = m2.shipment_id and e.status = m2.status
			              where m2.shipment_id = s.id and m2.planned_at >= m.planned_at
			                and e.classifier = 'actual' and e.retracted_at is null
			                and (m2.location = '' or e.location_unlocode = m2.location or e.location_name = m2.location))
			        order by m.planned_at limit 1) mm on true
			),
			raised as (
			    insert into shipments.tracking_exception (id, workspace_id, shipment_id, rule_id, rule_name, kind, raised_at,
			        details)
			    select gen_random_uuid(), :ws, p.shipment_id, p.rule_id, r.name, r.kind, cast(:now as timestamptz),
			        jsonb_strip_nulls(jsonb_build_object('status', s.status, 'hours', r.hours, 'milestone', p.milestone,
			            'milestoneLocation', p.milestone_location, 'milestoneAt', p.milestone_at,
			            'lastEventAt', s.last_event_at, 'eta', s.eta, 'promised', s.promised_delivery))
			    from pairs p
			    join s on s.id = p.shipment_id
			    join shipments.exception_rule r on r.id = p.rule_id
			    where p.holds
			    on conflict (shipment_id, rule_id) where resolved_at is null do nothing
			    returning id, shipment_id, rule_id, rule_name, kind, details
			),
			ended as (
			    update shipments.tracking_exception x set resolved_at = cast(:now as timestamptz), resolution = e.reason
			    from (
			        select x0.id, case
			            when s.status = 'delivered' then 'delivered'
			            when s.status = 'cancelled' then 'cancelled'
			            when cast(:reason as text) is not null then cast(:reason as text)
			            when r.id is null then 'rule-deleted'
			            when not r.enabled then 'rule-off'
			            when r.customer_id is not null and r.customer_id is distinct from s.customer_id
			              or r.carrier_id is not null and r.carrier_id is distinct from s.carrier_id
			              or r.mode is not null and r.mode is distinct from s.mode then 'rule-changed'
			            when x0.kind = 'stale' then 'event'
			            when x0.kind = 'eta-slip' then 'eta'
			            when x0.kind = 'missed-checkpoint' then 'checkpoint'
			            else 'status' end as reason
			        from s
			        -- each shipment's open exceptions by index: not all the workspace's open
			        -- exceptions joined to the shipments, which a plan made with statistics
			        -- from before a bulk import did row by row (5,000 x 500 per batch)
			        cross join lateral (select * from shipments.tracking_exception x0
			                            where x0.shipment_id = s.id and x0.resolved_at is null offset 0) x0
			        left join shipments.exception_rule r on r.id = x0.rule_id
			        left join pairs p on p.shipment_id = x0.shipment_id and p.rule_id = x0.rule_id
			        where not coalesce(p.holds, false)
			          and (cast(:rule as uuid) is null or x0.rule_id = cast(:rule as uuid))
			    ) e
			    where x.id = e.id and x.resolved_at is null
			    returning x.id, x.shipment_id, x.rule_id, x.rule_name, x.kind, x.details, x.resolution
			),
			changed as (
			    select true as raised, id, shipment_id, rule_id, rule_name, kind, details, null as resolution from raised
			    union all
			    select false, id, shipment_id, rule_id, rule_name, kind, details, resolution from ended
			)
			select c.raised, c.id, c.shipment_id, c.rule_id, c.rule_name, c.kind, c.resolution,
			    c.details ->> 'milestone' as milestone, c.details ->> 'milestoneLocation' as milestone_location,
			    cast(c.details ->> 'milestoneAt' as timestamptz) as milestone_at,
			    s.number, s.customer_id, s.carrier_id, s.carrier_code, s.status, s.last_location, s.last_event_at,
			    s.promised_delivery, s.eta, r.work_type, r.sla_policy_id, r.priority, r.hours,
			    case when c.raised then coalesce(
			        (select o.number from shipments.orders o where o.id = s.order_id),
			        (select sr.written from shipments.shipment_reference sr where sr.shipment_id = s.id
			         order by case lower(replace(sr.type, '_', '-')) when 'order' then 1 when 'booking' then 2
			             when 'bill-of-lading' then 3 when 'container' then 4 when 'air-waybill' then 5
			             when 'tracking-number' then 6 else 7 end, sr.value limit 1)) end as main_reference
			from changed c
			join s on s.id = c.shipment_id
			left join shipments.exception_rule r on r.id = c.rule_id
			"""
		.replace("PROBLEMS", PROBLEMS);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PartyManagement parties;

	private final WorkspaceManagement workspaces;

	private final Clock clock;

	ExceptionEvaluation(JdbcClient jdbc, ApplicationEventPublisher events, PartyManagement parties,
			WorkspaceManagement workspaces, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.parties = parties;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/**
	 * Called by the ingest inside its transaction after storing a batch of events, with
	 * the shipments whose events changed (their rows updated, so locked, by that
	 * transaction).
	 */
	@Transactional
	public void afterEvents(WorkspaceId workspace, Collection<UUID> shipmentIds) {
		// new events cannot raise anything without an enabled rule, nor end an exception
		// of a disabled one: switching a rule off resolved its exceptions (TrackingRules)
		if (jdbc.sql("select exists (select 1 from shipments.exception_rule where workspace_id = ? and enabled)")
			.param(workspace.value())
			.query(Boolean.class)
			.single()) {
			evaluate(workspace, shipmentIds, clock.instant(), null, null);
		}
	}

	/** What one evaluation changed. */
	public record Outcome(int raised, int resolved) {
	}

	/**
	 * Judges the shipments against the workspace's rules (or only {@code rule}) at
	 * {@code now}; {@code reason}, when given, is recorded for every exception it
	 * resolves unless the shipment was delivered or cancelled.
	 */
	@Transactional
	public Outcome evaluate(WorkspaceId workspace, Collection<UUID> shipmentIds, Instant now, @Nullable UUID rule,
			@Nullable String reason) {
		if (shipmentIds.isEmpty() || !hasRules(workspace)) {
			return new Outcome(0, 0);
		}
		String[] ids = shipmentIds.stream().map(UUID::toString).sorted().toArray(String[]::new);
		// the shipments in one order (the ids' text sorts as the uuids do): two
		// evaluators of the same shipments queue instead of deadlocking on each other's
		// new rows (the ingest and the clock hold them already); each found by index, as
		// in the statement below, whatever the statistics
		jdbc.sql("select s.id from unnest(cast(? as uuid[])) as ids(id) cross join lateral (select id from "
				+ "shipments.shipment s where s.id = ids.id and s.workspace_id = ? limit 1 for update) s")
			.params(ids, workspace.value())
			.query(UUID.class)
			.list();
		// planned for these shipments each time: a generic plan, made with statistics
		// from before a bulk import, joins the statement's parts row by row (hundreds of
		// thousands of comparisons per batch, 150 ms instead of 17)
		jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleRow();
		List<Change> changes = jdbc.sql(SQL)
			.param("ws", workspace.value())
			.param("ids", ids)
			.param("now", Timestamp.from(now))
			.param("rule", rule)
			.param("reason", reason)
			.query(ExceptionEvaluation::change)
			.list();
		Names names = new Names(workspace);
		List<TrackingExceptionRaised> raised = new ArrayList<>();
		List<TrackingExceptionResolved> resolved = new ArrayList<>();
		for (Change c : changes) {
			if (c.raised) {
				raised.add(raised(workspace, c, names, now));
			}
			else {
				resolved.add(new TrackingExceptionResolved(workspace, c.id, new ShipmentId(c.shipment),
						number(c.number), c.kind, c.ruleName, String.valueOf(c.resolution), c.status, c.eta, c.promised,
						c.lastLocation, c.milestone, now));
			}
		}
		slices(raised, slice -> events.publishEvent(new TrackingExceptionsRaised(workspace, slice)));
		slices(resolved, slice -> events.publishEvent(new TrackingExceptionsResolved(workspace, slice)));
		return new Outcome(raised.size(), resolved.size());
	}

	/** The list in slices of at most {@link TrackingExceptionsRaised#MAX}. */
	private static <T> void slices(List<T> all, java.util.function.Consumer<List<T>> each) {
		for (int i = 0; i < all.size(); i += TrackingExceptionsRaised.MAX) {
			each.accept(all.subList(i, Math.min(all.size(), i + TrackingExceptionsRaised.MAX)));
		}
	}

	private boolean hasRules(WorkspaceId workspace) {
		return jdbc.sql("select exists (select 1 from shipments.exception_rule where workspace_id = ?)")
			.param(workspace.value())
			.query(Boolean.class)
			.single();
	}

	private TrackingExceptionRaised raised(WorkspaceId workspace, Change c, Names names, Instant now) {
		Optional<PartyView> customer = names.party(c.customer);
		String carrier = names.party(c.carrier).map(PartyView::name).orElse(c.carrierCode);
		return new TrackingExceptionRaised(workspace, c.id, new ShipmentId(c.shipment), number(c.number),
				customer.map(PartyView::id).orElse(null), customer.map(PartyView::name).orElse(null),
				customer.map(PartyView::language).orElseGet(names::workspaceLanguage), carrier, c.rule, c.ruleName,
				c.kind, String.valueOf(c.workType), c.slaPolicy, String.valueOf(c.priority), c.lastLocation, c.promised,
				c.eta, c.mainReference, c.status, c.milestone, c.milestoneLocation, c.milestoneAt, c.lastEventAt,
				c.hours, now);
	}

	/** {@code S-1042}. */
	public static String number(long number) {
		return "S-" + number;
	}

	/** Parties and the workspace's language, each looked up once per evaluation. */
	private final class Names {

		private final WorkspaceId workspace;

		private final Map<UUID, Optional<PartyView>> parties = new HashMap<>();

		private @Nullable String language;

		Names(WorkspaceId workspace) {
			this.workspace = workspace;
		}

		Optional<PartyView> party(@Nullable UUID id) {
			return id == null ? Optional.empty() : this.parties.computeIfAbsent(id,
					x -> ExceptionEvaluation.this.parties.find(workspace, new PartyId(x)));
		}

		String workspaceLanguage() {
			if (language == null) {
				language = workspaces.findWorkspace(workspace).map(WorkspaceView::defaultLanguage).orElse("en");
			}
			return language;
		}

	}

	private record Change(boolean raised, UUID id, UUID shipment, @Nullable UUID rule, String ruleName, String kind,
			@Nullable String resolution, @Nullable String milestone, @Nullable String milestoneLocation,
			@Nullable Instant milestoneAt, long number, @Nullable UUID customer, @Nullable UUID carrier,
			@Nullable String carrierCode, String status, @Nullable String lastLocation, @Nullable Instant lastEventAt,
			@Nullable Instant promised, @Nullable Instant eta, @Nullable String workType, @Nullable UUID slaPolicy,
			@Nullable String priority, int hours, @Nullable String mainReference) {
	}

	private static Change change(ResultSet rs, int n) throws SQLException {
		return new Change(rs.getBoolean("raised"), rs.getObject("id", UUID.class),
				rs.getObject("shipment_id", UUID.class), rs.getObject("rule_id", UUID.class), rs.getString("rule_name"),
				rs.getString("kind"), rs.getString("resolution"), rs.getString("milestone"),
				rs.getString("milestone_location"), instant(rs, "milestone_at"), rs.getLong("number"),
				rs.getObject("customer_id", UUID.class), rs.getObject("carrier_id", UUID.class),
				rs.getString("carrier_code"), rs.getString("status"), rs.getString("last_location"),
				instant(rs, "last_event_at"), instant(rs, "promised_delivery"), instant(rs, "eta"),
				rs.getString("work_type"), rs.getObject("sla_policy_id", UUID.class), rs.getString("priority"),
				rs.getInt("hours"), rs.getString("main_reference"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
