package dev.deskhand.assistant;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.triage.BaseModel;
import dev.deskhand.assistant.triage.MailParts;
import dev.deskhand.assistant.triage.ReferenceFinder;
import dev.deskhand.assistant.triage.TriageStore;
import dev.deskhand.assistant.triage.Triager;
import dev.deskhand.assistant.triage.WorkspaceModels;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.references.ReferenceManagement;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Triage of received e-mail: language of the new text, intent with a confidence (below
 * {@code deskhand.assistant.confidence-threshold} a person classifies), every reference
 * with its type and validity, and urgency. Each received message is triaged once and
 * stored; {@link EmailTriaged} is published then, and again when a person corrects the
 * label (which is kept as training data for the workspace's own model).
 */
@Service
@Transactional
public class AssistantTriage {

	private static final Set<String> LANGUAGES = Set.of("da", "de", "en", "other");

	private final Triager triager;

	private final TriageStore store;

	private final WorkspaceModels models;

	private final ReferenceManagement references;

	private final InboxManagement inbox;

	private final ShipmentManagement shipments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssistantTriage(
			@Value("${deskhand.assistant.confidence-threshold:" + Triager.DEFAULT_THRESHOLD + "}") double threshold,
			TriageStore store, WorkspaceModels models, ReferenceManagement references, InboxManagement inbox,
			ShipmentManagement shipments, ApplicationEventPublisher events, Clock clock) {
		this.triager = new Triager(threshold);
		this.store = store;
		this.models = models;
		this.references = references;
		this.inbox = inbox;
		this.shipments = shipments;
		this.events = events;
		this.clock = clock;
	}

	/** Triage with the base model and the built-in reference checks; reads no data. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Triage triage(MailText mail) {
		return triager.triage(mail, BaseModel.get(), ReferenceFinder.builtIn());
	}

	/** Triage with the workspace's reference patterns and its retrained model. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Triage triage(WorkspaceId ws, MailText mail) {
		return triager.triage(mail, models.model(ws), new ReferenceFinder(v -> references.candidates(ws, v)));
	}

	/** The stored triage of a message (a person's correction wins), or empty. */
	@Transactional(readOnly = true)
	public Optional<Triage> triageOf(WorkspaceId ws, MessageId message) {
		return store.find(ws, message).map(TriageStore.Stored::effective);
	}

	/**
	 * The stored triage of a received message; computed, stored and published as
	 * {@link EmailTriaged} the first time (once, however often and concurrently asked).
	 * @throws NotFoundException when the workspace received no such message
	 */
	public Triage triageMessage(WorkspaceId ws, MessageId message) {
		Optional<TriageStore.Stored> stored = store.find(ws, message);
		if (stored.isPresent()) {
			return stored.get().effective();
		}
		EmailReceived received = inbox.receivedMessage(ws, message)
			.orElseThrow(() -> new NotFoundException(Text.of("assistant.triage.no-message")));
		return received(received);
	}

	/** Triages a message just received (the listener's way in: no second read of it). */
	Triage received(EmailReceived e) {
		Optional<TriageStore.Stored> stored = store.find(e.workspace(), e.message());
		if (stored.isPresent()) {
			return stored.get().effective();
		}
		String body = inbox.receivedText(e.workspace(), e.message());
		Triage t = triage(e.workspace(), new MailText(e.fromAddress(), e.mailboxAddress(), e.subject(), body));
		List<String> values = t.references().stream().map(FoundReference::value).distinct().toList();
		List<ShipmentId> linked = values.isEmpty() ? List.of()
				: shipments.findByReferences(e.workspace(), values).stream().map(ShipmentView::id).distinct().toList();
		Instant now = clock.instant();
		if (!store.insert(e.workspace(), e.message(), e.conversation(), e.subject(), t, e.party(), linked, now)) {
			return store.find(e.workspace(), e.message()).map(TriageStore.Stored::effective).orElse(t);
		}
		events.publishEvent(new EmailTriaged(e.workspace(), e.message(), e.conversation(), t.language(),
				t.intent().code(), t.confidence(), t.needsPerson(), t.urgent(), values, e.party(), linked, false, now));
		return t;
	}

	/**
	 * A person's label of a message: stored next to the model's answer, kept as training
	 * data for the workspace's model (rebuilt in the background after commit), audited,
	 * and published as {@link EmailTriaged} with {@code corrected} true.
	 * @param language da, de, en or other; null keeps the detected one
	 * @throws InvalidInputException for {@code /language}
	 */
	public Triage correct(Membership m, MessageId message, Intent intent, @Nullable String language) {
		if (!m.can(Permission.WORK_VIEW)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, "Your role may not do this");
		}
		if (language != null && !LANGUAGES.contains(language)) {
			throw new InvalidInputException("language", Text.of("assistant.triage.language", language));
		}
		WorkspaceId ws = m.workspace().id();
		triageMessage(ws, message);
		TriageStore.Stored before = store.find(ws, message).orElseThrow();
		Instant now = clock.instant();
		store.correct(ws, message, intent, language, m.member().id().value(), now);
		MailParts parts = MailParts.of(inbox.receivedText(ws, message));
		store.saveLabel(ws, message, before.subject(), parts.fresh() + "\n\n" + parts.quoted(), intent, language,
				m.member().id().value(), now);
		TriageStore.Stored after = store.find(ws, message).orElseThrow();
		Triage t = after.effective();
		events.publishEvent(AuditableChange.updated(ws, "triage", message.value(), label(before.effective()), label(t),
				"Corrected the triage of a message to " + t.intent().code() + " (" + t.language() + ")"));
		events.publishEvent(
				new EmailTriaged(ws, message, before.conversation(), t.language(), t.intent().code(), t.confidence(),
						false, t.urgent(), t.references().stream().map(FoundReference::value).distinct().toList(),
						before.party(), before.shipments(), true, now));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					models.rebuildLater(ws);
				}
			});
		}
		else {
			models.rebuildLater(ws);
		}
		return t;
	}

	private static String label(Triage t) {
		return t.intent().code() + "/" + t.language();
	}

}
