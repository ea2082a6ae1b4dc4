package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.Claim;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.inbox.MailComposer;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.OutgoingMail;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.work.ItemMail;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkAssistant;
import dev.deskhand.work.WorkMail;
import dev.deskhand.work.WorkQueue;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mail on the item page and from the queue: opening a received attachment (a fresh signed
 * link, so the file stays within the item's and the mailbox's access), the composer's
 * reply, reply-all, forward and new e-mail with uploads and picked documents, the
 * new-e-mail page of the queue, and address type-ahead. A refused form comes back with
 * its reason translated and what was typed (uploads already stored stay attached).
 */
@Controller
class ItemMailController {

	/** Links made for a click live this long; the click follows them at once. */
	private static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

	private final AccessPolicy policy;

	private final WorkQueue work;

	private final WorkMail mail;

	private final MailComposer composer;

	private final DocumentStore documents;

	private final ComposerModel composerModel;

	private final AddressSuggestions suggestions;

	private final WorkAssistant assistant;

	ItemMailController(AccessPolicy policy, WorkQueue work, WorkMail mail, MailComposer composer,
			DocumentStore documents, ComposerModel composerModel, AddressSuggestions suggestions,
			WorkAssistant assistant) {
		this.assistant = assistant;
		this.policy = policy;
		this.work = work;
		this.mail = mail;
		this.composer = composer;
		this.documents = documents;
		this.composerModel = composerModel;
		this.suggestions = suggestions;
	}

	/**
	 * An attachment of the item's conversation: only for someone who may open the item
	 * and sees its mailbox, through a signed link issued to them (audited when opened).
	 * {@code preview=1} shows a PDF or an image in the page instead of downloading it.
	 */
	@GetMapping("/w/{slug}/items/{id}/attachments/{document}")
	String attachment(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID document,
			@RequestParam(required = false) @Nullable String preview) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		var item = work.item(m, new WorkItemId(id));
		if (item.conversation() == null) {
			throw new NotFoundException("No such attachment");
		}
		composer.attachment(m, item.conversation(), new DocumentId(document));
		String url = documents.issueLink(m, new DocumentId(document), LINK_LIFETIME).url();
		return "redirect:" + url + ("1".equals(preview) ? "&preview=1" : "");
	}

	@PostMapping("/w/{slug}/items/{id}/mail")
	String send(@PathVariable String slug, @PathVariable UUID id, @RequestParam(defaultValue = "REPLY") String kind,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String cc,
			@RequestParam(defaultValue = "") String bcc, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) @Nullable UUID message,
			@RequestParam(name = "document", required = false) @Nullable List<UUID> picked,
			@RequestParam(name = "original", required = false) @Nullable List<UUID> originals,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "") String then, @RequestParam(defaultValue = "") String requestKey,
			@RequestParam(required = false) @Nullable UUID draft,
			@RequestParam(defaultValue = "false") boolean sendUnbacked, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemId item = new WorkItemId(id);
		ItemMail.Kind k = "FORWARD".equals(kind) ? ItemMail.Kind.FORWARD
				: "NEW".equals(kind) ? ItemMail.Kind.NEW : ItemMail.Kind.REPLY;
		List<DocumentId> attachments = new ArrayList<>();
		try {
			if (k == ItemMail.Kind.FORWARD && originals != null) {
				originals.forEach(d -> attachments.add(new DocumentId(d)));
			}
			if (picked != null) {
				picked.forEach(d -> attachments.add(new DocumentId(d)));
			}
			attachments.addAll(uploads(m, work.item(m, item), files));
			OutgoingMail outgoing = new OutgoingMail(List.of(to), List.of(cc), List.of(bcc), body, attachments,
					requestKey);
			boolean fromDraft = draft != null && k == ItemMail.Kind.REPLY;
			// a reply begun from the assistant's draft is checked before it goes: what no
			// source backs is shown, and the person sends it anyway or mends it
			List<Claim> unbacked = fromDraft && !sendUnbacked ? assistant.check(m, item, body).unbacked() : List.of();
			if (!unbacked.isEmpty()) {
				flash.addFlashAttribute("unbacked",
						unbacked.stream()
							.map(c -> Map.of("kind", c.kind(), "text", c.text(), "reason", c.reason()))
							.toList());
				flash.addFlashAttribute("composeDraft", draft);
				flash.addFlashAttribute("composeForm", form(kind, to, cc, bcc, subject, body, attachments));
				return "redirect:/w/" + slug + "/items/" + id + "#composer";
			}
			assistant.send(m, item,
					new ItemMail(k, outgoing, message == null ? null : new MessageId(message), subject, then(then)),
					fromDraft ? draft : null);
			flash.addFlashAttribute("ok", k == ItemMail.Kind.FORWARD ? "compose.forwarded" : "compose.queued");
			return "redirect:/w/" + slug + "/items/" + id;
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
			flash.addFlashAttribute("composeForm", form(kind, to, cc, bcc, subject, body, attachments));
			if (draft != null) {
				flash.addFlashAttribute("composeDraft", draft);
			}
			return "redirect:/w/" + slug + "/items/" + id + "#composer";
		}
	}

	/** What was typed, for the refused or checked form to come back with. */
	private static Map<String, Object> form(String kind, String to, String cc, String bcc, String subject, String body,
			List<DocumentId> attachments) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("kind", kind);
		form.put("to", to);
		form.put("cc", cc);
		form.put("bcc", bcc);
		form.put("subject", subject);
		form.put("body", body);
		form.put("documents", attachments.stream().map(DocumentId::toString).toList());
		return form;
	}

	/** The queue's "new e-mail" page. */
	@GetMapping("/w/{slug}/mail/new")
	String newMail(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("senders", composer.sendingMailboxes(m));
		model.addAttribute("pickable", composerModel.pickable(m));
		model.addAttribute("composeKey", UUID.randomUUID().toString());
		return "work/new-mail";
	}

	/** Sends a new e-mail from the queue: a conversation and its work item start. */
	@PostMapping("/w/{slug}/mail")
	String startMail(@PathVariable String slug, @RequestParam(required = false) @Nullable UUID mailbox,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String cc,
			@RequestParam(defaultValue = "") String bcc, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String body,
			@RequestParam(name = "document", required = false) @Nullable List<UUID> picked,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "") String then, @RequestParam(defaultValue = "") String requestKey,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		List<DocumentId> attachments = new ArrayList<>();
		try {
			if (picked != null) {
				picked.forEach(d -> attachments.add(new DocumentId(d)));
			}
			MailboxId from = mailbox == null ? null : new MailboxId(mailbox);
			if (files != null && files.stream().anyMatch(f -> !f.isEmpty())) {
				MailboxId box = from != null ? from
						: composer.sendingMailboxes(m)
							.stream()
							.findFirst()
							.map(s -> s.id())
							.orElseThrow(() -> new InvalidInputException("/mailbox", "No enabled mailbox to send from",
									"compose.error.mailbox"));
				attachments.addAll(store(m, box, files));
			}
			var item = mail.start(m, from, subject,
					new OutgoingMail(List.of(to), List.of(cc), List.of(bcc), body, attachments, requestKey),
					then(then));
			flash.addFlashAttribute("ok", "compose.queued");
			return "redirect:/w/" + slug + "/items/" + item.id();
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
			flash.addFlashAttribute("composeForm", Map.of("to", to, "cc", cc, "bcc", bcc, "subject", subject, "body",
					body, "documents", attachments.stream().map(DocumentId::toString).toList(), "kind", "NEW"));
			return "redirect:/w/" + slug + "/mail/new";
		}
	}

	/**
	 * Address suggestions for the composer's To, Cc and Bcc (htmx fills a datalist): the
	 * last address being typed, matched against previous correspondents.
	 */
	@GetMapping("/w/{slug}/addresses")
	String addresses(@PathVariable String slug, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String cc,
			@RequestParam(required = false) @Nullable String bcc, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		String typed = q != null ? q : to != null ? to : cc != null ? cc : bcc != null ? bcc : "";
		int cut = Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';')) + 1;
		String before = typed.substring(0, cut);
		String last = typed.substring(cut).strip();
		model.addAttribute("prefix", before.isBlank() ? "" : before.strip() + " ");
		model.addAttribute("suggestions", last.length() < 2 ? List.of() : suggestions.suggest(m, last));
		return "work/partials/composer :: suggestions";
	}

	private List<DocumentId> uploads(Membership m, dev.deskhand.work.WorkItemView item,
			@Nullable List<MultipartFile> files) {
		if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
			return List.of();
		}
		MailboxId box = item.conversation() != null ? composer.defaults(m, item.conversation()).mailbox()
				: composer.sendingMailboxes(m)
					.stream()
					.findFirst()
					.map(s -> s.id())
					.orElseThrow(() -> new InvalidInputException("/mailbox", "No enabled mailbox to send from",
							"compose.error.mailbox"));
		return store(m, box, files);
	}

	private List<DocumentId> store(Membership m, MailboxId box, List<MultipartFile> files) {
		List<DocumentId> stored = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				stored.add(composer.storeUpload(m, box, file.getOriginalFilename(), file.getInputStream()).id());
			}
			catch (IOException e) {
				throw new InvalidInputException("/files", "The upload could not be read", "compose.error.upload");
			}
			catch (InvalidInputException e) {
				throw new InvalidInputException("/files", e.getMessage(), "compose.error.upload");
			}
		}
		return stored;
	}

	private static ItemMail.@Nullable Then then(String then) {
		return switch (then) {
			case "RESOLVE" -> ItemMail.Then.RESOLVE;
			case "WAIT" -> ItemMail.Then.WAIT;
			default -> null;
		};
	}

}
