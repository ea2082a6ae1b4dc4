package dev.deskhand.work.internal;

import dev.deskhand.assistant.AssistantTriage;
import dev.deskhand.assistant.EmailTriaged;
import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.Triage;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.work.Priority;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work module does with the assistant's reading of an e-mail: the item gets its
 * intent and language, a work type from the intent ({@link IntentTypes}), its priority
 * raised when the mail is urgent (URGENT) or a complaint (HIGH; never lowered), the
 * customer or carrier it comes from when it had none, and links to the shipments its
 * references point to; the reading goes on the timeline once.
 * <p>
 * A new item is read before it is created ({@link #read}: the assistant's stored reading,
 * or one made now and stored once), so its type and priority are right from the start and
 * the SLA policy matches on them; a reading published later ({@link EmailTriaged}: a
 * later message, or a person's correction) updates the item. Both paths may see the same
 * reading: each step is idempotent.
 */
@Service
@Transactional
public class AssistantReactions {

	private final AssistantTriage triage;

	private final ShipmentManagement shipments;

	private final IntentTypes types;

	private final WorkItems items;

	private final ItemRelations relations;

	private final Timeline timeline;

	private final ItemLifecycle lifecycle;

	private final PartyManagement parties;

	private final Clock clock;

	private final InboxManagement inbox;

	AssistantReactions(AssistantTriage triage, ShipmentManagement shipments, IntentTypes types, WorkItems items,
			ItemRelations relations, Timeline timeline, ItemLifecycle lifecycle, PartyManagement parties, Clock clock,
			InboxManagement inbox) {
		this.inbox = inbox;
		this.triage = triage;
		this.shipments = shipments;
		this.types = types;
		this.items = items;
		this.relations = relations;
		this.timeline = timeline;
		this.lifecycle = lifecycle;
		this.parties = parties;
		this.clock = clock;
	}

	/**
	 * What the assistant read of one message.
	 *
	 * @param shipments the shipments its references point to
	 * @param party the customer or carrier it comes from, or null when not known
	 * @param corrected a person set the intent or language
	 */
	public record Reading(UUID message, String language, Intent intent, boolean needsPerson, boolean urgent,
			List<UUID> shipments, @Nullable PartyId party, boolean corrected) {

		public Reading {
			shipments = List.copyOf(shipments);
		}

		/** The priority the item should have at least. */
		Priority priority() {
			return urgent ? Priority.URGENT : intent == Intent.COMPLAINT ? Priority.HIGH : Priority.NORMAL;
		}

		List<String> links() {
			return shipments.stream().map(id -> "shipment:" + id).toList();
		}

		/** One reading of one message, for recording it once. */
		String key() {
			return message + "/" + intent.code() + "/" + language;
		}

	}

	/**
	 * The assistant's reading of a received message (stored, else made now, stored and
	 * published once), with the shipments its references point to; null when the inbox
	 * does not hold the message (an event replayed after its message was removed).
	 */
	public @Nullable Reading read(EmailReceived e) {
		if (inbox.receivedMessage(e.workspace(), e.message()).isEmpty()) {
			return null;
		}
		Triage t = triage.triageMessage(e.workspace(), e.message());
		return new Reading(e.message().value(), t.language(), t.intent(), t.needsPerson(), t.urgent(),
				shipmentsOf(e.workspace(), t.references()), null, false);
	}

	/** The work type of a new item the assistant read so (e-mail when unread). */
	public String typeFor(WorkspaceId workspace, @Nullable Reading r) {
		return r == null ? InboxReactions.EMAIL_TYPE : types.typeFor(workspace, r.intent());
	}

	/** The priority a new item the assistant read so starts with. */
	public static Priority priorityOf(@Nullable Reading r) {
		return r == null ? Priority.NORMAL : r.priority();
	}

	/** The links a new item the assistant read so starts with. */
	public static List<String> linksOf(@Nullable Reading r) {
		return r == null ? List.of() : r.links();
	}

	/** A new item: records its reading (its type, priority and links are set already). */
	public void created(WorkItem item, Reading r, Instant at) {
		apply(item, r, Actor.SYSTEM, at);
	}

	/** A reading published later: updates the item of the message's conversation. */
	public void triaged(EmailTriaged e) {
		Optional<WorkItem> found = items.lockByConversation(e.workspace(), e.conversation());
		if (found.isEmpty()) {
			// the item does not exist yet: its creation reads the message itself
			return;
		}
		WorkItem item = relations.survivorOf(found.get().id).flatMap(items::lock).orElse(found.get());
		Intent intent;
		try {
			intent = Intent.parse(e.intent());
		}
		catch (IllegalArgumentException ex) {
			intent = Intent.OTHER;
		}
		apply(item,
				new Reading(e.message().value(), e.language(), intent, e.needsPerson(), e.urgent(),
						e.shipments().stream().map(s -> s.value()).toList(), e.party(), e.corrected()),
				Actor.SYSTEM, clock.instant());
	}

	/** A person's correction, on the item they corrected it from. */
	public void corrected(WorkItem item, UUID message, Triage t, Actor actor) {
		apply(item, new Reading(message, t.language(), t.intent(), false, t.urgent(), List.of(), null, true), actor,
				clock.instant());
	}

	private void apply(WorkItem item, Reading r, Actor actor, Instant now) {
		WorkItemView before = item.view();
		Map<TimelineKind, Map<String, Object>> entries = new LinkedHashMap<>();
		boolean retarget = false;
		// the type follows the intent while it is the one the intent (or plain e-mail)
		// gave
		if (item.source == WorkSource.EMAIL) {
			String was = item.intent == null ? InboxReactions.EMAIL_TYPE : typeOf(item.workspace, item.intent);
			String next = types.typeFor(item.workspace, r.intent());
			if (item.type.equals(was) && !next.equals(item.type)) {
				entries.put(TimelineKind.TYPE_CHANGED, Map.of("from", item.type, "to", next));
				item.type = next;
				retarget = true;
			}
		}
		if (r.priority().compareTo(item.priority) > 0) {
			entries.put(TimelineKind.PRIORITY_CHANGED, Map.of("from", item.priority.name(), "to", r.priority().name()));
			item.priority = r.priority();
			retarget = true;
		}
		List<String> links = new ArrayList<>(item.links);
		r.links().stream().filter(l -> !links.contains(l)).forEach(links::add);
		item.links = List.copyOf(links);
		if (item.party == null && r.party() != null) {
			parties.find(item.workspace, r.party()).ifPresent(p -> {
				item.party = p.id();
				item.partyName = p.name();
			});
		}
		boolean changed = !r.intent().code().equals(item.intent) || !r.language().equals(item.language)
				|| item.needsPerson != (r.needsPerson() && !r.corrected()) || !r.message().equals(item.triagedMessage);
		item.intent = r.intent().code();
		item.language = r.language();
		item.needsPerson = r.needsPerson() && !r.corrected();
		item.triagedMessage = r.message();
		if (retarget) {
			lifecycle.applyPolicy(item, now);
		}
		if (changed || retarget || !entries.isEmpty() || !before.links().equals(item.links)
				|| before.party() != item.party) {
			lifecycle.save(item, before, item.reference() + " read by the assistant");
		}
		entries.forEach((kind, data) -> timeline.append(item.id, now, actor, kind, data));
		if (!timeline.recorded(item.id, TimelineKind.TRIAGED, "reading", r.key())) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("reading", r.key());
			data.put("message", r.message().toString());
			data.put("intent", r.intent().code());
			data.put("language", r.language());
			data.put("urgent", r.urgent());
			data.put("needsPerson", item.needsPerson);
			data.put("corrected", r.corrected());
			timeline.append(item.id, now, actor, TimelineKind.TRIAGED, data);
		}
	}

	private String typeOf(WorkspaceId workspace, String intent) {
		try {
			return types.typeFor(workspace, Intent.parse(intent));
		}
		catch (IllegalArgumentException e) {
			return InboxReactions.EMAIL_TYPE;
		}
	}

	private List<UUID> shipmentsOf(WorkspaceId workspace, List<FoundReference> references) {
		List<String> values = references.stream().map(FoundReference::value).distinct().toList();
		if (values.isEmpty()) {
			return List.of();
		}
		return shipments.findByReferences(workspace, values)
			.stream()
			.map(ShipmentView::id)
			.map(s -> s.value())
			.toList();
	}

}
