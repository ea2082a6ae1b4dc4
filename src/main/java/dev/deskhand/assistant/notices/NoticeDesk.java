package dev.deskhand.assistant.notices;

import dev.deskhand.assistant.DelayNoticeSent;
import dev.deskhand.assistant.DelayNoticeView;
import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.assistant.drafts.SettingsStore;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.NewConversation;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.TrackingExceptionRaised;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the notice written for an exception (once), and sends a notice through the
 * inbox's send API: a conversation of its own, filed under the customer, so it is on the
 * customer's communication record.
 */
@Component
public class NoticeDesk {

	private final NoticeWriter writer;

	private final NoticeStore store;

	private final SettingsStore settings;

	private final InboxManagement inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoticeDesk(NoticeWriter writer, NoticeStore store, SettingsStore settings, InboxManagement inbox,
			ApplicationEventPublisher events, Clock clock) {
		this.writer = writer;
		this.store = store;
		this.settings = settings;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	/** {@link #write} for each exception, in one transaction. */
	@Transactional
	public void writeAll(List<TrackingExceptionRaised> exceptions) {
		exceptions.forEach(this::write);
	}

	/**
	 * Writes and stores the exception's notice unless it has one; sends it at once when
	 * the workspace sends notices automatically and nothing stands in the way.
	 */
	@Transactional
	public void write(TrackingExceptionRaised e) {
		if (store.forException(e.workspace(), e.exception()).isPresent()) {
			return;
		}
		var written = writer.write(e);
		if (written.isEmpty()) {
			return;
		}
		UUID id = UUID.randomUUID();
		if (store.insertOnce(e.workspace(), id, written.get(), clock.instant()) && written.get().reason() == null
				&& settings.of(e.workspace()).automaticNotices()) {
			try {
				send(e.workspace(), store.lock(e.workspace(), id).orElseThrow(), written.get().text(),
						written.get().facts(), "system");
			}
			catch (InvalidInputException noMailbox) {
				// no enabled mailbox to send from: it waits for a person, as on approval
			}
		}
	}

	/** Sends a pending notice with this text (verified by the caller). */
	@Transactional
	public DelayNoticeView send(WorkspaceId ws, DelayNoticeView n, String text, List<PlacedFact> facts, String by) {
		if (n.customer() == null || n.recipient() == null) {
			throw new IllegalStateException("A notice without a customer contact cannot be sent");
		}
		NewConversation c = inbox.sendSystemMail(ws, null, n.customer(), n.recipient(), n.subject(), text, List.of());
		store.sent(ws, n.id(), text, facts, by, clock.instant(), c.conversation());
		events.publishEvent(new DelayNoticeSent(ws, n.id(), n.exception(), n.shipment(), n.customer(), c.conversation(),
				by, clock.instant()));
		return store.find(ws, n.id()).orElseThrow();
	}

}
