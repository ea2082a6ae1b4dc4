package dev.deskhand.work.internal;

import dev.deskhand.assistant.DelayNoticeSent;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.TrackingExceptionRaised;
import dev.deskhand.shipments.TrackingExceptionResolved;
import dev.deskhand.work.Priority;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkSource;
import dev.deskhand.work.WorkStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work module does with the shipments module's tracking exceptions: one work
 * item per exception, of the rule's type (so its SOP shows) on the rule's SLA policy,
 * titled in the team's (workspace's) language, filed under the customer; and the item
 * resolved when the exception is. Both are idempotent through
 * {@code work.tracking_exception_item} (primary key: the exception), whose row is written
 * in the item's transaction: a second delivery finds it, and a resolution that arrives
 * before its raise leaves a resolved row that stops the raise from creating an item.
 */
@Service
@Transactional
public class ShipmentReactions {

	private final JdbcClient jdbc;

	private final ItemLifecycle lifecycle;

	private final WorkItems items;

	private final Timeline timeline;

	private final PartyManagement parties;

	private final MessageSource messages;

	private final WorkspaceManagement workspaces;

	private final Clock clock;

	private final Effects effects;

	ShipmentReactions(JdbcClient jdbc, ItemLifecycle lifecycle, WorkItems items, Timeline timeline,
			PartyManagement parties, MessageSource messages, WorkspaceManagement workspaces, Clock clock,
			Effects effects) {
		this.jdbc = jdbc;
		this.lifecycle = lifecycle;
		this.items = items;
		this.timeline = timeline;
		this.parties = parties;
		this.messages = messages;
		this.workspaces = workspaces;
		this.clock = clock;
		this.effects = effects;
	}

	/**
	 * Creates each exception's work item, once, in one transaction: a handful of
	 * statements for all of them (an evaluation raises up to
	 * {@link dev.deskhand.shipments.TrackingExceptionsRaised#MAX} at a time while an
	 * import runs), not a dozen for each.
	 */
	public void raisedAll(List<TrackingExceptionRaised> exceptions) {
		Set<UUID> fresh = new HashSet<>(jdbc.sql("""
				insert into work.tracking_exception_item (exception_id) select unnest(cast(? as uuid[]))
				on conflict do nothing returning exception_id""")
			.param(exceptions.stream().map(TrackingExceptionRaised::exception).toArray(UUID[]::new))
			.query(UUID.class)
			.list());
		Map<WorkspaceId, List<TrackingExceptionRaised>> byWorkspace = new LinkedHashMap<>();
		for (TrackingExceptionRaised e : exceptions) {
			// each once, also when an exception came twice
			if (fresh.remove(e.exception())) {
				byWorkspace.computeIfAbsent(e.workspace(), ws -> new ArrayList<>()).add(e);
			}
		}
		Instant now = clock.instant();
		List<Timeline.Entry> entries = new ArrayList<>();
		List<UUID> exceptionIds = new ArrayList<>();
		List<UUID> itemIds = new ArrayList<>();
		byWorkspace.forEach((ws, raised) -> {
			Locale team = team(raised.getFirst());
			Map<UUID, Optional<PartyView>> customers = new HashMap<>();
			List<ItemLifecycle.NewItem> news = new ArrayList<>(raised.size());
			for (TrackingExceptionRaised e : raised) {
				PartyView party = e.customer() == null ? null
						: customers.computeIfAbsent(e.customer().value(), c -> parties.find(ws, e.customer()))
							.orElse(null);
				String scope = party != null && party.scope() != null ? party.scope()
						: e.customerName() != null ? PartyView.CUSTOMER_SCOPE_KIND + ":" + e.customerName() : null;
				Draft draft = new Draft(e.workType(), title(e, team, now), priority(e.priority()), null, null, null,
						List.of(), List.of("shipment:" + e.shipment().value()), e.customerName(), null, null, null,
						WorkSource.EVENT, scope);
				news.add(new ItemLifecycle.NewItem(draft, party, e.slaPolicy()));
			}
			List<Optional<WorkItem>> items = lifecycle.createAll(ws, Actor.SYSTEM, news, now);
			for (int k = 0; k < raised.size(); k++) {
				WorkItem item = items.get(k).orElseThrow();
				entries.add(new Timeline.Entry(item.id(), now, Actor.SYSTEM, TimelineKind.TRACKING_EXCEPTION_RAISED,
						data(raised.get(k))));
				exceptionIds.add(raised.get(k).exception());
				itemIds.add(item.id().value());
			}
		});
		timeline.appendAll(entries);
		if (!exceptionIds.isEmpty()) {
			jdbc.sql("update work.tracking_exception_item t set item_id = u.item "
					+ "from unnest(cast(? as uuid[]), cast(? as uuid[])) as u(exception, item) "
					+ "where t.exception_id = u.exception")
				.params(exceptionIds.toArray(UUID[]::new), itemIds.toArray(UUID[]::new))
				.update();
		}
	}

	/** Resolves each exception's item, once, in one transaction. */
	public void resolvedAll(List<TrackingExceptionResolved> exceptions) {
		exceptions.forEach(this::resolved);
	}

	/** Creates the exception's work item, once. */
	public void raised(TrackingExceptionRaised e) {
		raisedAll(List.of(e));
	}

	/** What the item's timeline says about the exception that opened it. */
	private static Map<String, Object> data(TrackingExceptionRaised e) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exception", e.exception().toString());
		data.put("shipment", e.shipment().toString());
		data.put("number", e.shipmentNumber());
		data.put("kind", e.kind());
		data.put("rule", e.ruleName());
		putIfSet(data, "reference", e.mainReference());
		putIfSet(data, "carrier", e.carrierName());
		putIfSet(data, "location", e.lastLocation());
		putIfSet(data, "eta", e.eta());
		putIfSet(data, "promised", e.promisedDelivery());
		return data;
	}

	/**
	 * Records on the exception's item that its delay notice went to the customer (from
	 * the item, the notices page or automatically), once per notice. A notice sent
	 * automatically may come before the item exists: then this throws, and the event
	 * registry delivers the event again later (see {@code EventResubmission}).
	 */
	public void noticeSent(DelayNoticeSent e) {
		UUID itemId = jdbc.sql("select item_id from work.tracking_exception_item where exception_id = ?")
			.param(e.exception())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(x -> x)
			.orElseThrow(() -> new IllegalStateException("No item yet for tracking exception " + e.exception()));
		Instant now = clock.instant();
		if (!effects.once("delay-notice-sent/" + e.notice(), now)) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("notice", e.notice().toString());
		data.put("conversation", e.conversation().value().toString());
		timeline.append(new WorkItemId(itemId), now, Actor.SYSTEM, TimelineKind.DELAY_NOTICE_SENT, data);
	}

	/** The tracking exception that opened the item, if one did. */
	public Optional<UUID> exceptionOf(WorkItemId item) {
		return jdbc.sql("select exception_id from work.tracking_exception_item where item_id = ?")
			.param(item.value())
			.query(UUID.class)
			.optional();
	}

	/**
	 * Resolves the exception's item, once, with a timeline entry saying why; an item a
	 * person already closed only gets the entry.
	 */
	public void resolved(TrackingExceptionResolved e) {
		Instant now = clock.instant();
		Optional<UUID> itemId = jdbc.sql("""
				insert into work.tracking_exception_item (exception_id, resolved_at) values (?, ?)
				on conflict (exception_id) do update set resolved_at = excluded.resolved_at
				where work.tracking_exception_item.resolved_at is null
				returning item_id""")
			.params(e.exception(), Timestamp.from(now))
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(x -> x);
		if (itemId.isEmpty()) {
			return;
		}
		WorkItem item = items.lock(new WorkItemId(itemId.get())).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exception", e.exception().toString());
		data.put("number", e.shipmentNumber());
		data.put("reason", e.reason());
		data.put("status", e.status());
		data.put("rule", e.ruleName());
		putIfSet(data, "milestone", e.milestone());
		putIfSet(data, "eta", e.eta());
		timeline.append(item.id(), now, Actor.SYSTEM, TimelineKind.TRACKING_EXCEPTION_RESOLVED, data);
		if (!item.status().done()) {
			lifecycle.changeStatus(item, Actor.SYSTEM, WorkStatus.RESOLVED, now);
		}
	}

	/**
	 * The item's title in the team's language (the workspace's): the team reads the
	 * queue, whatever language the customer writes; the customer's language is for what
	 * is sent to the customer.
	 */
	String title(TrackingExceptionRaised e, Locale locale, Instant now) {
		String kind = e.kind();
		String title = switch (kind) {
			case "eta-slip" -> {
				Instant eta = e.eta() == null || e.eta().isBefore(now) ? now : e.eta();
				long hours = e.promisedDelivery() == null ? e.hours()
						: Math.max(1, Duration.between(e.promisedDelivery(), eta).toHours());
				yield msg(locale, "shipments.exc.title.eta-slip", e.shipmentNumber(), hours);
			}
			case "stale" -> msg(locale, "shipments.exc.title.stale", e.shipmentNumber(), e.lastEventAt() == null
					? e.hours() : Math.max(e.hours(), Duration.between(e.lastEventAt(), now).toHours()));
			case "missed-checkpoint" -> e.milestoneLocation() == null || e.milestoneLocation().isBlank()
					? msg(locale, "shipments.exc.title.missed", e.shipmentNumber(), status(locale, e.milestone()))
					: msg(locale, "shipments.exc.title.missedAt", e.shipmentNumber(), status(locale, e.milestone()),
							e.milestoneLocation());
			default -> e.carrierName() == null
					? msg(locale, "shipments.exc.title.carrier", e.shipmentNumber(), status(locale, e.status()))
					: msg(locale, "shipments.exc.title.carrierBy", e.shipmentNumber(), status(locale, e.status()),
							e.carrierName());
		};
		if (e.customerName() != null) {
			title = title + " · " + e.customerName();
		}
		return title.length() > 300 ? title.substring(0, 300) : title;
	}

	/** The team's (workspace's) language. */
	private Locale team(TrackingExceptionRaised e) {
		return Locale.forLanguageTag(
				workspaces.findWorkspace(e.workspace()).map(WorkspaceView::defaultLanguage).orElse(e.language()));
	}

	private String status(Locale locale, @Nullable String code) {
		return code == null ? "?" : messages.getMessage("shipments.exc.status." + code, null, code, locale);
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static Priority priority(String priority) {
		try {
			return Priority.valueOf(priority);
		}
		catch (IllegalArgumentException ex) {
			return Priority.NORMAL;
		}
	}

	private static void putIfSet(Map<String, Object> data, String key, @Nullable Object value) {
		if (value != null) {
			data.put(key, value.toString());
		}
	}

}
