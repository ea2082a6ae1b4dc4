package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Claim;
import dev.deskhand.assistant.DraftStatus;
import dev.deskhand.assistant.MailText;
import dev.deskhand.assistant.Triage;
import dev.deskhand.assistant.Verification;
import dev.deskhand.assistant.grounding.GroundingSources;
import dev.deskhand.assistant.grounding.GroundingVerifier;
import dev.deskhand.inbox.ConversationView;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.parties.ContactView;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes a draft for a mail: its triage (through {@link TriageSeam}), the customer's
 * language, the facts of its references, the reply composed from them, and the grounding
 * verifier's verdict on the final text, which decides whether it is ready. Stores
 * nothing.
 */
@Component
public class DraftMaker {

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;]+@[^\\s<>\"',;]+");

	private final TriageSeam triages;

	private final FactGathering gathering;

	private final DraftComposer composer;

	private final GroundingVerifier verifier;

	private final Templates templates;

	private final SettingsStore settings;

	private final WorkspaceManagement workspaces;

	private final PartyManagement parties;

	private final Clock clock;

	DraftMaker(TriageSeam triages, FactGathering gathering, DraftComposer composer, GroundingVerifier verifier,
			Templates templates, SettingsStore settings, WorkspaceManagement workspaces, PartyManagement parties,
			Clock clock) {
		this.triages = triages;
		this.gathering = gathering;
		this.composer = composer;
		this.verifier = verifier;
		this.templates = templates;
		this.settings = settings;
		this.workspaces = workspaces;
		this.parties = parties;
		this.clock = clock;
	}

	/** A made draft, with what it was made from. */
	public record Made(Triage triage, String language, DraftComposer.Composed composed, Gathered gathered,
			Verification verification, DraftStatus status, @Nullable Text reason) {
	}

	/** A draft for {@code mail}, triaged through the seam. */
	public Made make(WorkspaceId ws, MailText mail, @Nullable MessageId message,
			@Nullable ConversationView conversation, List<String> sopNeeds) {
		return make(ws, mail, triages.triage(ws, message, mail), conversation, sopNeeds);
	}

	/** A draft for {@code mail} as {@code triage} reads it. */
	public Made make(WorkspaceId ws, MailText mail, Triage triage, @Nullable ConversationView conversation,
			List<String> sopNeeds) {
		WorkspaceView w = workspace(ws);
		String language = language(w, triage, mail);
		Gathered gathered = gathering.gather(ws, triage.references(), conversation, w.timeZone());
		AssistantSettings s = settings.of(ws);
		boolean formal = s.formal(language);
		DraftComposer.Composed composed = composer
			.compose(new DraftComposer.Request(language, formal, triage.intent(), triage.references(), gathered,
					sopNeeds, signOff(w, s, language), w.timeZone(), mail.subject() + "\n" + mail.body()));
		Verification v = verify(w, gathered, mail, language, composed.text());
		DraftStatus status = DraftStatus.READY;
		Text reason = null;
		if (!v.grounded()) {
			Claim first = v.unbacked().getFirst();
			status = DraftStatus.NEEDS_HUMAN;
			reason = Text.of("assistant.draft.reason.unbacked", first.text());
		}
		else if (triage.needsPerson()) {
			status = DraftStatus.NEEDS_HUMAN;
			reason = Text.of("assistant.draft.reason.classify");
		}
		return new Made(triage, language, composed, gathered, v, status, reason);
	}

	/**
	 * The verdict on any final text answering {@code mail}, against the same sources a
	 * draft for it has.
	 */
	public Verification verify(WorkspaceId ws, MailText mail, @Nullable MessageId message,
			@Nullable ConversationView conversation, String text) {
		WorkspaceView w = workspace(ws);
		Triage triage = triages.triage(ws, message, mail);
		Gathered gathered = gathering.gather(ws, triage.references(), conversation, w.timeZone());
		return verify(w, gathered, mail, language(w, triage, mail), text);
	}

	private Verification verify(WorkspaceView w, Gathered gathered, MailText mail, String language, String text) {
		return verifier.verify(text, new GroundingSources(gathered.facts(), mail.subject() + "\n" + mail.body(),
				language, w.timeZone(), LocalDate.now(clock.withZone(w.timeZone()))));
	}

	/**
	 * The sign-off: the workspace's own, else the language's and the workspace's name.
	 */
	public String signOff(WorkspaceView w, AssistantSettings s, String language) {
		if (s.signOff() != null && !s.signOff().isBlank()) {
			return s.signOff().strip();
		}
		return templates.get(language, "signoff", s.formal(language)) + "\n" + w.name();
	}

	public WorkspaceView workspace(WorkspaceId ws) {
		return workspaces.findWorkspace(ws).orElseThrow(() -> new NotFoundException("No such workspace"));
	}

	/**
	 * The customer's language: the triage's when it is da, de or en, else the sender's
	 * (the contact's, else their party's), else the workspace's.
	 */
	public String language(WorkspaceView w, Triage triage, MailText mail) {
		if (List.of("da", "de", "en").contains(triage.language())) {
			return triage.language();
		}
		String address = address(mail.from());
		if (address != null) {
			var party = parties.matchSender(w.id(), address);
			if (party.isPresent()) {
				String contact = party.get()
					.contacts()
					.stream()
					.filter(c -> address.equalsIgnoreCase(c.email()))
					.map(ContactView::language)
					.filter(l -> l != null && !l.isBlank())
					.findFirst()
					.orElse(null);
				return LocalFormats.language(contact != null ? contact : party.get().language());
			}
		}
		return LocalFormats.language(w.defaultLanguage());
	}

	static @Nullable String address(String from) {
		Matcher m = ADDRESS.matcher(from);
		return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
	}

}
