package dev.deskhand.work.internal;

import dev.deskhand.assistant.AssistantDrafts;
import dev.deskhand.assistant.EmailTriaged;
import dev.deskhand.assistant.Intent;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.work.SopView;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the reply draft of a freshly read e-mail before anyone opens its item: the
 * assistant composes it with what the SOP of the intent's work type requires the reply to
 * contain or ask for, and stores it (once per message; the item page then finds it). A
 * person's correction does not make a new one, and automatic mail (auto-replies, bounces,
 * bulk) gets none: nobody answers it.
 */
@Service
@Transactional
public class DraftPreparation {

	private final AssistantDrafts drafts;

	private final IntentTypes types;

	private final Sops sops;

	private final InboxManagement inbox;

	DraftPreparation(AssistantDrafts drafts, IntentTypes types, Sops sops, InboxManagement inbox) {
		this.drafts = drafts;
		this.types = types;
		this.sops = sops;
		this.inbox = inbox;
	}

	public void prepare(EmailTriaged e) {
		if (e.corrected()
				|| inbox.receivedMessage(e.workspace(), e.message()).map(EmailReceived::automated).orElse(true)) {
			return;
		}
		Intent intent;
		try {
			intent = Intent.parse(e.intent());
		}
		catch (IllegalArgumentException ex) {
			intent = Intent.OTHER;
		}
		List<String> needs = replyNeeds(sops.current(e.workspace(), types.typeFor(e.workspace(), intent))
			.map(SopView::checklist)
			.orElse(List.of()));
		drafts.draftFor(e.workspace(), e.message(), needs);
	}

	/**
	 * What of an SOP's checklist the reply itself must ask the customer: the points
	 * written as a question ("Hvilken leveringsdato ønsker I?"). The other points are the
	 * person's own steps ("Reference fundet", "Forsendelsen slået op") and never go into
	 * a reply.
	 */
	public static List<String> replyNeeds(List<String> checklist) {
		return checklist.stream().map(String::strip).filter(p -> p.endsWith("?")).toList();
	}

}
