package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.AssistantDrafts;
import dev.deskhand.assistant.AssistantTriage;
import dev.deskhand.assistant.DelayNoticeView;
import dev.deskhand.assistant.DelayNotices;
import dev.deskhand.assistant.Draft;
import dev.deskhand.assistant.DraftOutcome;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.Triage;
import dev.deskhand.assistant.Verification;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.internal.DraftPreparation;
import dev.deskhand.work.internal.Actor;
import dev.deskhand.work.internal.AssistantReactions;
import dev.deskhand.work.internal.Inputs;
import dev.deskhand.work.internal.IntentTypes;
import dev.deskhand.work.internal.ItemAccess;
import dev.deskhand.work.internal.ItemChanges;
import dev.deskhand.work.internal.ItemDrafts;
import dev.deskhand.work.internal.ShipmentReactions;
import dev.deskhand.work.internal.Timeline;
import dev.deskhand.work.internal.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work module's facade for the assistant on items: what it read of an item's e-mail
 * and a person's one-click correction, the reply draft (asked for with what the item's
 * SOP checklist requires), the grounding check of the text about to be sent, the decision
 * on the draft with its outcome reported back to the assistant, the delay notice of an
 * item a tracking exception opened, and which work type each intent gives. Callers pass
 * the {@link Membership} from {@code AccessPolicy.require}; an item outside the caller's
 * scopes answers {@link NotFoundException}.
 */
@Service
@Transactional
public class WorkAssistant {

	/** The languages the assistant tells apart. */
	public static final List<String> LANGUAGES = List.of("da", "de", "en", "other");

	private final ItemAccess access;

	private final AssistantTriage triage;

	private final AssistantDrafts drafts;

	private final DelayNotices notices;

	private final AssistantReactions reactions;

	private final IntentTypes types;

	private final ItemChanges changes;

	private final ItemDrafts itemDrafts;

	private final ShipmentReactions exceptions;

	private final Timeline timeline;

	private final WorkMail mail;

	private final Clock clock;

	WorkAssistant(ItemAccess access, AssistantTriage triage, AssistantDrafts drafts, DelayNotices notices,
			AssistantReactions reactions, IntentTypes types, ItemChanges changes, ItemDrafts itemDrafts,
			ShipmentReactions exceptions, Timeline timeline, WorkMail mail, Clock clock) {
		this.access = access;
		this.triage = triage;
		this.drafts = drafts;
		this.notices = notices;
		this.reactions = reactions;
		this.types = types;
		this.changes = changes;
		this.itemDrafts = itemDrafts;
		this.exceptions = exceptions;
		this.timeline = timeline;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * The assistant's reading, draft (made now if the draft listener has not made it yet;
	 * the assistant stores one per message) and delay notice of the item.
	 */
	public ItemAssistance assistance(Membership m, WorkItemId id) {
		WorkItem item = access.visible(m, id);
		Draft draft = draftOf(item);
		String decision = draft == null ? null : itemDrafts.decision(draft.id()).orElse(null);
		DelayNoticeView notice = exceptions.exceptionOf(id)
			.flatMap(x -> notices.forException(item.workspace(), x))
			.orElse(null);
		WorkItemView view = item.view();
		return new ItemAssistance(view.intent(), view.language(), view.needsPerson(), draft, decision, notice);
	}

	/**
	 * A person's label for the item's e-mail: the assistant keeps it as training data
	 * (audited), and the item takes it (type, priority, timeline) at once.
	 * @param language {@code da}, {@code de}, {@code en}, {@code other}, or null to keep
	 * @throws InvalidInputException for {@code /language}, or {@code /intent} when the
	 * item has no e-mail the assistant read
	 */
	public WorkItemView correct(Membership m, WorkItemId id, Intent intent, @Nullable String language) {
		WorkItem item = access.visible(m, id);
		UUID message = messageOf(item);
		String lang = language == null || language.isBlank() ? null : language.strip();
		if (lang != null && !LANGUAGES.contains(lang)) {
			throw new InvalidInputException("/language", Text.of("work.assistant.error.language", lang));
		}
		Triage corrected = triage.correct(m, new MessageId(message), intent, lang);
		reactions.corrected(item, message, corrected, Actor.of(m));
		return item.view();
	}

	/**
	 * What the grounding verifier says of a reply about to be sent on the item: every
	 * fact backed by the workspace's data, or the claims nothing backs.
	 */
	@Transactional(readOnly = true)
	public Verification check(Membership m, WorkItemId id, String text) {
		WorkItem item = access.visible(m, id);
		return drafts.verify(item.workspace(), new MessageId(messageOf(item)), text);
	}

	/**
	 * Sends mail from the item as {@link WorkMail#send} does and, when it is the reply
	 * the assistant's draft {@code draft} began, records in the same transaction whether
	 * it went as drafted or edited, with the time from the sender's first opening of the
	 * item to now.
	 */
	public OutgoingId send(Membership m, WorkItemId id, ItemMail request, @Nullable UUID draft) {
		OutgoingId outgoing = mail.send(m, id, request);
		if (draft != null && request.kind() == ItemMail.Kind.REPLY) {
			WorkItem item = access.visible(m, id);
			Draft offered = drafts.draft(item.workspace(), draft).orElse(null);
			if (offered != null) {
				String sent = request.mail().body();
				String decision = same(offered.text(), sent) ? "approved" : "edited";
				decide(m, item, offered, decision, sent, null, TimelineKind.DRAFT_SENT);
			}
		}
		return outgoing;
	}

	/**
	 * A person rejects the draft, with the reason (recorded on the timeline and reported
	 * to the assistant).
	 * @throws InvalidInputException for {@code /reason} or {@code /draft}
	 */
	public void reject(Membership m, WorkItemId id, UUID draft, String reason) {
		WorkItem item = access.visible(m, id);
		String why = Inputs.text("/reason", reason, 2000);
		Draft offered = drafts.draft(item.workspace(), draft)
			.orElseThrow(() -> new InvalidInputException("/draft", Text.of("work.assistant.error.draft")));
		decide(m, item, offered, "rejected", null, why, TimelineKind.DRAFT_REJECTED);
	}

	/**
	 * Approves the item's delay notice, as drafted or edited; the assistant sends it.
	 * @throws InvalidInputException for {@code /notice}
	 */
	public DelayNoticeView approveNotice(Membership m, WorkItemId id, UUID notice, @Nullable String editedText) {
		WorkItem item = access.visible(m, id);
		requireNotice(item, notice);
		DelayNoticeView approved = notices.approve(m, notice,
				editedText == null || editedText.isBlank() ? null : editedText);
		timeline.append(id, now(), Actor.of(m), TimelineKind.DELAY_NOTICE_APPROVED,
				Map.of("notice", notice.toString(), "edited", editedText != null && !editedText.isBlank()));
		return approved;
	}

	/**
	 * Rejects the item's delay notice with the reason.
	 * @throws InvalidInputException for {@code /notice} or {@code /reason}
	 */
	public DelayNoticeView rejectNotice(Membership m, WorkItemId id, UUID notice, String reason) {
		WorkItem item = access.visible(m, id);
		requireNotice(item, notice);
		String why = Inputs.text("/reason", reason, 2000);
		DelayNoticeView rejected = notices.reject(m, notice, why);
		timeline.append(id, now(), Actor.of(m), TimelineKind.DELAY_NOTICE_REJECTED,
				Map.of("notice", notice.toString(), "text", why));
		return rejected;
	}

	/** Which work type each intent gives an e-mail item in the caller's workspace. */
	@Transactional(readOnly = true)
	public Map<Intent, String> intentTypes(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return types.all(m.workspace().id());
	}

	/**
	 * A manager sets the work type e-mail items the assistant reads as {@code intent} get
	 * from now on.
	 * @throws InvalidInputException for {@code /type}
	 */
	public Map<Intent, String> setIntentType(Membership m, Intent intent, String type) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		types.set(m.workspace().id(), intent, Inputs.type("/type", type));
		return types.all(m.workspace().id());
	}

	private @Nullable Draft draftOf(WorkItem item) {
		UUID message = item.triagedMessage();
		if (message == null || item.conversation() == null) {
			return null;
		}
		Draft draft = drafts.draftFor(item.workspace(), new MessageId(message), sopNeeds(item));
		itemDrafts.offered(draft.id(), item.id(), message);
		return draft;
	}

	/**
	 * What the item's SOP checklist requires the reply to ask: its points written as
	 * questions.
	 */
	private List<String> sopNeeds(WorkItem item) {
		ChecklistView checklist = changes.checklist(item);
		return checklist.sop() == null ? List.of() : DraftPreparation.replyNeeds(checklist.sop().checklist());
	}

	private void decide(Membership m, WorkItem item, Draft draft, String decision, @Nullable String sent,
			@Nullable String reason, TimelineKind kind) {
		Instant now = now();
		itemDrafts.offered(draft.id(), item.id(), Objects.requireNonNull(item.triagedMessage(), "read message"));
		if (!itemDrafts.decide(draft.id(), item.id(), decision, m.member().id(), now)) {
			return;
		}
		Instant opened = timeline.firstViewed(item.id(), m.member().id()).orElse(null);
		drafts.recordOutcome(item.workspace(), draft.id(),
				new DraftOutcome(decision, sent, reason, opened, now, m.member().id().value()));
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("draft", draft.id().toString());
		data.put("decision", decision);
		if (reason != null) {
			data.put("text", reason);
		}
		timeline.append(item.id(), now, Actor.of(m), kind, data);
	}

	private void requireNotice(WorkItem item, UUID notice) {
		boolean ours = exceptions.exceptionOf(item.id())
			.flatMap(x -> notices.forException(item.workspace(), x))
			.map(n -> n.id().equals(notice))
			.orElse(false);
		if (!ours) {
			throw new InvalidInputException("/notice", Text.of("work.assistant.error.notice"));
		}
	}

	private static UUID messageOf(WorkItem item) {
		UUID message = item.triagedMessage();
		if (message == null) {
			throw new InvalidInputException("/intent", Text.of("work.assistant.error.noMail"));
		}
		return message;
	}

	/**
	 * Sent as drafted: the same text, whatever the line endings and outer blank space.
	 */
	static boolean same(String drafted, String sent) {
		return normalise(drafted).equals(normalise(sent));
	}

	private static String normalise(String s) {
		return s.replace("\r\n", "\n").strip().replaceAll("[ \\t]+\\n", "\n");
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
