package dev.deskhand.work.internal;

import dev.deskhand.inbox.AutomaticKind;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.ReplyFailed;
import dev.deskhand.inbox.ReplySent;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.work.Priority;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkSource;
import dev.deskhand.work.WorkStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work module does with the inbox's events. Each reaction is idempotent (the
 * event registry republishes unfinished events after a restart): a message or reply
 * already on an item's timeline is not recorded again.
 */
@Service
@Transactional
public class InboxReactions {

	static final String EMAIL_TYPE = "email";

	private final WorkItems items;

	private final ItemLifecycle lifecycle;

	private final AutoAssign autoAssign;

	private final Timeline timeline;

	private final WorkProperties properties;

	private final Effects effects;

	private final Clock clock;

	private final RuleEngine rules;

	private final InboxManagement inbox;

	private final ItemRelations relations;

	private final PartyManagement parties;

	private final AssistantReactions assistant;

	InboxReactions(WorkItems items, ItemLifecycle lifecycle, AutoAssign autoAssign, Timeline timeline,
			WorkProperties properties, Effects effects, Clock clock, RuleEngine rules, InboxManagement inbox,
			ItemRelations relations, PartyManagement parties, AssistantReactions assistant) {
		this.assistant = assistant;
		this.rules = rules;
		this.inbox = inbox;
		this.relations = relations;
		this.parties = parties;
		this.effects = effects;
		this.items = items;
		this.lifecycle = lifecycle;
		this.autoAssign = autoAssign;
		this.timeline = timeline;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One item per conversation: the first message creates it, later ones go on its
	 * timeline and reopen it when it was done. Automatic mail (auto-replies, bounces,
	 * bulk) never creates an item, reopens one or moves a clock: it goes on the timeline
	 * of the item whose conversation it answers, or stays filed in the inbox alone.
	 */
	public void received(EmailReceived e) {
		Optional<WorkItem> existing = items.lockByConversation(e.workspace(), e.conversation());
		if (e.automated()) {
			existing.ifPresent(item -> automatic(item, e));
			return;
		}
		if (existing.isEmpty()) {
			// a customer's mail is filed under customer:NAME, so members scoped to that
			// customer see it; other mail under its mailbox
			PartyView party = e.party() == null ? null : parties.find(e.workspace(), e.party()).orElse(null);
			String scope = party != null && party.scope() != null ? party.scope() : "mailbox:" + e.mailboxAddress();
			// the assistant's reading gives the type, priority and shipment links (an
			// inbound rule below may still change them)
			AssistantReactions.@Nullable Reading reading = assistant.read(e);
			Draft draft = new Draft(assistant.typeFor(e.workspace(), reading), title(e.subject()),
					AssistantReactions.priorityOf(reading), null, null, null, List.of(),
					AssistantReactions.linksOf(reading), e.fromAddress(), e.fromName(), e.fromAddress(),
					e.conversation(), WorkSource.EMAIL, scope);
			RuleEngine.Outcome outcome = rules.evaluate(e.workspace(), draft,
					new RuleEngine.Facts(e.mailboxAddress(), e.fromAddress(), e.subject(), e.hasAttachments(),
							() -> inbox.receivedText(e.workspace(), e.message()), e.party()));
			// a rule's party replaces the matched one (its scope is already in the draft)
			Optional<WorkItem> created = lifecycle.create(e.workspace(), Actor.SYSTEM, outcome.draft(),
					outcome.party() != null ? outcome.party() : party, e.receivedAt());
			if (created.isPresent()) {
				timeline.append(created.get().id, e.receivedAt(), Actor.SYSTEM, TimelineKind.EMAIL_RECEIVED, data(e));
				if (reading != null) {
					assistant.created(created.get(), reading, e.receivedAt());
				}
				// automatic mail whose event came before this item existed (listeners run
				// in parallel) goes on its timeline now; automatic() records each once
				for (EmailReceived earlier : inbox.automaticMessages(e.workspace(), e.conversation())) {
					automatic(created.get(), earlier);
				}
				rules.apply(created.get(), outcome, clock.instant());
				if (properties.autoAssignEmail() && !outcome.assigned() && !outcome.close()) {
					autoAssign.assign(created.get(), Actor.SYSTEM, clock.instant());
				}
				return;
			}
			existing = items.lockByConversation(e.workspace(), e.conversation());
		}
		// mail on a merged item's conversation goes to the item it was merged into
		WorkItem item = relations.survivorOf(existing.orElseThrow().id)
			.flatMap(items::lock)
			.orElse(existing.orElseThrow());
		if (timeline.recorded(item.id, TimelineKind.EMAIL_RECEIVED, "message", e.message().toString())) {
			return;
		}
		timeline.append(item.id, e.receivedAt(), Actor.SYSTEM, TimelineKind.EMAIL_RECEIVED, data(e));
		relations.wake(Actor.SYSTEM, item, "email", e.receivedAt());
		if (item.status.done()) {
			timeline.append(item.id, e.receivedAt(), Actor.SYSTEM, TimelineKind.REOPENED,
					Map.of("was", item.status.name()));
		}
		lifecycle.customerWrote(item, e.receivedAt());
		if (item.status.done() || item.status == WorkStatus.WAITING_ON_CUSTOMER) {
			lifecycle.changeStatus(item, Actor.SYSTEM, WorkStatus.OPEN, clock.instant());
		}
		else {
			item.touched(e.receivedAt());
			items.update(item);
		}
	}

	/**
	 * An auto-reply or bounce on the item it answers, once; a bounce names the address
	 * and the server's reason.
	 */
	private void automatic(WorkItem item, EmailReceived e) {
		TimelineKind kind = e.automaticKind() == AutomaticKind.BOUNCE ? TimelineKind.BOUNCE_RECEIVED
				: TimelineKind.AUTO_REPLY_RECEIVED;
		if (timeline.recorded(item.id, kind, "message", e.message().toString())) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>(data(e));
		if (e.bounceReason() != null) {
			data.put("text", e.bounceReason());
		}
		if (e.bounceRecipient() != null) {
			data.put("to", e.bounceRecipient());
		}
		timeline.append(item.id, e.receivedAt(), Actor.SYSTEM, kind, data);
	}

	/** A reply left the outbox: on the timeline, and it meets the response target. */
	public void sent(ReplySent e) {
		items.lockByConversation(e.workspace(), e.conversation()).ifPresent(item -> {
			if (!timeline.recorded(item.id, TimelineKind.REPLY_SENT, "outgoing", e.outgoing().toString())) {
				lifecycle.responded(item, Actor.SYSTEM, TimelineKind.REPLY_SENT,
						Map.of("outgoing", e.outgoing().toString(), "message", e.message().toString()), e.sentAt());
			}
		});
	}

	/**
	 * A failed attempt goes on the timeline once, however often its event is delivered.
	 */
	public void failed(ReplyFailed e) {
		items.lockByConversation(e.workspace(), e.conversation()).ifPresent(item -> {
			if (!effects.once("reply-failed/" + e.outgoing() + "/" + e.attempts(), clock.instant())) {
				return;
			}
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("outgoing", e.outgoing().toString());
			data.put("reason", e.reason());
			data.put("attempts", e.attempts());
			data.put("nextAttemptAt", e.nextAttemptAt() == null ? "never" : e.nextAttemptAt().toString());
			timeline.append(item.id, e.failedAt(), Actor.SYSTEM, TimelineKind.REPLY_FAILED, data);
		});
	}

	private static Map<String, Object> data(EmailReceived e) {
		return Map.of("message", e.message().toString(), "from", e.fromAddress(), "subject", e.subject(), "automated",
				e.automated());
	}

	private static String title(String subject) {
		String s = subject.isBlank() ? "(no subject)" : subject.strip();
		return s.length() > 300 ? s.substring(0, 300) : s;
	}

}
