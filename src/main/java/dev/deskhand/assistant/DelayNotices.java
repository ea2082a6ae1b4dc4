package dev.deskhand.assistant;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.assistant.notices.NoticeDesk;
import dev.deskhand.assistant.notices.NoticeStore;
import dev.deskhand.assistant.notices.NoticeWriter;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer delay notices written on tracking exceptions: the pending ones to approve (as
 * written or edited) or reject with a reason. Approving sends the notice through the
 * inbox to the customer's contact, in a conversation filed under the customer. Needs
 * {@link Permission#INBOX_VIEW}; a scoped member sees the notices of their customers.
 */
@Service
@Transactional
public class DelayNotices {

	/** At most this many notices are listed. */
	public static final int MAX_LIST = 100;

	private final NoticeStore store;

	private final NoticeDesk desk;

	private final NoticeWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DelayNotices(NoticeStore store, NoticeDesk desk, NoticeWriter writer, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.desk = desk;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	/** The pending notices the member sees, oldest first. */
	@Transactional(readOnly = true)
	public List<DelayNoticeView> pending(Membership m) {
		require(m);
		return store.list(ws(m), true, MAX_LIST).stream().filter(n -> sees(m, n)).toList();
	}

	/** The notices sent or rejected lately that the member sees, newest first. */
	@Transactional(readOnly = true)
	public List<DelayNoticeView> recent(Membership m, int limit) {
		require(m);
		return store.list(ws(m), false, Math.clamp(limit, 1, MAX_LIST)).stream().filter(n -> sees(m, n)).toList();
	}

	/** The notice written for a tracking exception, for a module acting as the system. */
	@Transactional(readOnly = true)
	public Optional<DelayNoticeView> forException(WorkspaceId ws, UUID trackingException) {
		return store.forException(ws, trackingException);
	}

	/**
	 * Sends a pending notice, as written or with the member's text, to the customer's
	 * contact.
	 * @throws NotFoundException when the member does not see it
	 * @throws InvalidInputException for {@code /status} (decided already),
	 * {@code /recipient} (the customer has no contact address), {@code /text} (empty, or
	 * it states something no record backs) or {@code /mailbox} (nothing to send from)
	 */
	public DelayNoticeView approve(Membership m, UUID notice, @Nullable String editedText) {
		require(m);
		DelayNoticeView n = store.lock(ws(m), notice).filter(x -> sees(m, x)).orElseThrow(DelayNotices::notFound);
		if (!n.pending()) {
			throw new InvalidInputException("/status", Text.of("assistant.notice.decided"));
		}
		if (n.recipient() == null || n.customer() == null) {
			throw new InvalidInputException("/recipient", Text.of("assistant.notice.reason.noContact"));
		}
		boolean edited = editedText != null && !editedText.isBlank() && !editedText.strip().equals(n.text().strip());
		String text = edited ? editedText.strip() : n.text();
		Verification v = writer.verify(ws(m), store.sources(ws(m), notice), n.language(), text);
		if (!v.grounded()) {
			throw new InvalidInputException("/text",
					Text.of("assistant.draft.reason.unbacked", v.unbacked().getFirst().text()));
		}
		DelayNoticeView sent = desk.send(ws(m), n, text, edited ? v.backed() : n.facts(), by(m));
		events.publishEvent(AuditableChange.updated(ws(m), "delay-notice", notice, n.status(), sent.status(),
				"Approved the delay notice for " + n.shipmentNumber() + (edited ? " (edited)" : "")));
		return sent;
	}

	/**
	 * Rejects a pending notice with the member's reason; nothing is sent.
	 * @throws NotFoundException when the member does not see it
	 * @throws InvalidInputException for {@code /reason} (empty or over 1000 characters)
	 * or {@code /status} (decided already)
	 */
	public DelayNoticeView reject(Membership m, UUID notice, String reason) {
		require(m);
		DelayNoticeView n = store.lock(ws(m), notice).filter(x -> sees(m, x)).orElseThrow(DelayNotices::notFound);
		if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
			throw new InvalidInputException("/reason", Text.of("assistant.notice.reason"));
		}
		if (!n.pending()) {
			throw new InvalidInputException("/status", Text.of("assistant.notice.decided"));
		}
		store.rejected(ws(m), notice, reason.strip(), by(m), clock.instant());
		events.publishEvent(AuditableChange.updated(ws(m), "delay-notice", notice, n.status(), "rejected",
				"Rejected the delay notice for " + n.shipmentNumber() + ": " + reason.strip()));
		return store.find(ws(m), notice).orElseThrow();
	}

	private static NotFoundException notFound() {
		return new NotFoundException(Text.of("assistant.notice.notFound"));
	}

	private static boolean sees(Membership m, DelayNoticeView n) {
		return !m.scoped()
				|| n.customerName() != null && m.sees(new ScopeRef(PartyView.CUSTOMER_SCOPE_KIND, n.customerName()));
	}

	private static void require(Membership m) {
		if (!m.can(Permission.INBOX_VIEW)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, "Your role may not do this");
		}
	}

	private static String by(Membership m) {
		return "member:" + m.member().id();
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

}
