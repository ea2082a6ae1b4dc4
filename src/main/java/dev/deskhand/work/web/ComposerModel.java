package dev.deskhand.work.web;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.inbox.MailComposer;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.WorkItemView;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the item page's composer shows: who a reply and a reply-all go to, the identity
 * and signature the mail carries, the mailboxes a new e-mail can go from, the workspace's
 * documents to pick, and a fresh request key so the form sent twice sends once.
 */
@Component
class ComposerModel {

	private final MailComposer composer;

	private final DocumentStore documents;

	ComposerModel(MailComposer composer, DocumentStore documents) {
		this.composer = composer;
		this.documents = documents;
	}

	void fill(Model model, Membership m, WorkItemView item) {
		if (item.conversation() != null) {
			model.addAttribute("compose", composer.defaults(m, item.conversation()));
		}
		model.addAttribute("senders", composer.sendingMailboxes(m));
		model.addAttribute("pickable", pickable(m));
		model.addAttribute("composeKey", UUID.randomUUID().toString());
	}

	List<DocumentView> pickable(Membership m) {
		return m.can(Permission.DOCUMENTS_VIEW) ? documents.list(m, PageRequest.of(0, 50)).items() : List.of();
	}

}
