package dev.deskhand.assistant;

import dev.deskhand.assistant.drafts.DraftMaker;
import dev.deskhand.assistant.drafts.DraftStore;
import dev.deskhand.assistant.drafts.EditDistance;
import dev.deskhand.inbox.ConversationView;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grounded reply drafts: composed once per received message from the workspace's records
 * (every fact with its source), checked by the grounding verifier (not grounded: a person
 * decides, never offered as ready), and what became of each (edit distance, a fact
 * edited, time to send). Acts as the system: the caller (the work module) has checked who
 * may see the message.
 */
@Service
@Transactional
public class AssistantDrafts {

	private final DraftMaker maker;

	private final DraftStore store;

	private final InboxManagement inbox;

	private final Clock clock;

	AssistantDrafts(DraftMaker maker, DraftStore store, InboxManagement inbox, Clock clock) {
		this.maker = maker;
		this.store = store;
		this.inbox = inbox;
		this.clock = clock;
	}

	/**
	 * The draft answering {@code message}: composed and stored on the first call, the
	 * stored one after (also when two calls race).
	 * @param sopNeeds what the item's SOP requires the reply to contain or ask for; asked
	 * at the end when the draft does not cover it
	 * @throws NotFoundException when the message is not in the workspace
	 */
	public Draft draftFor(WorkspaceId ws, MessageId message, List<String> sopNeeds) {
		Optional<DraftStore.Stored> existing = store.byMessage(ws, message);
		if (existing.isPresent()) {
			return existing.get().draft();
		}
		ConversationView conversation = conversation(ws, message);
		DraftMaker.Made made = maker.make(ws, mail(conversation, message), message, conversation, sopNeeds);
		return store.insertOnce(ws, message, conversation.id(), made, clock.instant()).draft();
	}

	/** A stored draft of the workspace. */
	@Transactional(readOnly = true)
	public Optional<Draft> draft(WorkspaceId ws, UUID draftId) {
		return store.find(ws, draftId).map(DraftStore.Stored::draft);
	}

	/**
	 * The grounding verifier's verdict on a final text answering {@code replyingTo},
	 * whoever wrote it, against the same sources as its draft (read now).
	 * @throws NotFoundException when the message is not in the workspace
	 */
	@Transactional(readOnly = true)
	public Verification verify(WorkspaceId ws, MessageId replyingTo, String text) {
		ConversationView conversation = conversation(ws, replyingTo);
		return maker.verify(ws, mail(conversation, replyingTo), replyingTo, conversation, text);
	}

	/**
	 * Records what became of a draft: the edit distance from the draft to the sent text
	 * (characters, and as a share of the draft's length), whether a fact was edited (a
	 * fact of the draft is no longer in the sent text, or the sent text states something
	 * unbacked), and the seconds from the item first opened to sent. Recording again
	 * replaces it.
	 * @throws NotFoundException when the draft is not the workspace's
	 */
	public void recordOutcome(WorkspaceId ws, UUID draftId, DraftOutcome outcome) {
		DraftStore.Stored stored = store.find(ws, draftId)
			.orElseThrow(() -> new NotFoundException(Text.of("assistant.draft.notFound")));
		Draft d = stored.draft();
		String sent = outcome.decision().equals("rejected") ? null : outcome.sentText();
		Integer distance = null;
		Double share = null;
		boolean factEdited = false;
		List<String> unbacked = List.of();
		if (sent != null) {
			distance = EditDistance.between(d.text(), sent);
			share = EditDistance.share(d.text(), sent);
			factEdited = d.facts().stream().anyMatch(f -> !sent.contains(d.text().substring(f.start(), f.end())));
			Verification v = verify(ws, stored.message(), sent);
			unbacked = v.unbacked().stream().map(Claim::text).toList();
			factEdited |= !v.grounded();
		}
		Long seconds = sent == null || outcome.firstOpenedAt() == null ? null
				: Math.max(0, Duration.between(outcome.firstOpenedAt(), outcome.at()).toSeconds());
		store.saveOutcome(ws, draftId, new DraftStore.Outcome(outcome.decision(), sent, outcome.reason(), distance,
				share, factEdited, unbacked, outcome.firstOpenedAt(), seconds, outcome.at(), outcome.member()));
	}

	private ConversationView conversation(WorkspaceId ws, MessageId message) {
		return inbox.conversationOf(ws, message)
			.orElseThrow(() -> new NotFoundException(Text.of("assistant.draft.noMessage")));
	}

	/** The message as the assistant reads it: its new text and its quoted history. */
	static MailText mail(ConversationView conversation, MessageId message) {
		ConversationView.MessageView m = conversation.messages()
			.stream()
			.filter(x -> x.id().equals(message))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Text.of("assistant.draft.noMessage")));
		String from = m.fromName().isBlank() ? m.fromAddress() : m.fromName() + " <" + m.fromAddress() + ">";
		return new MailText(from, String.join(", ", m.to()), m.subject(),
				m.quoted().isBlank() ? m.body() : m.body() + "\n\n" + m.quoted());
	}

}
