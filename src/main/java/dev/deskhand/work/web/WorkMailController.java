package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.inbox.OutgoingMail;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.ItemMail;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkMail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-mail from work items and the queue over REST: reply (reply-all is a reply with Cc),
 * forward and new e-mail with Cc, Bcc and attachments (documents of the workspace,
 * uploaded first through the documents API), and address type-ahead. Errors are
 * problem+json with a JSON pointer.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
@Tag(name = "Work items")
class WorkMailController {

	private final AccessPolicy policy;

	private final WorkMail mail;

	private final AddressSuggestions suggestions;

	WorkMailController(AccessPolicy policy, WorkMail mail, AddressSuggestions suggestions) {
		this.policy = policy;
		this.mail = mail;
		this.suggestions = suggestions;
	}

	@PostMapping("/work-items/{id}/mail")
	@Operation(summary = "Send e-mail from the item: REPLY, FORWARD or NEW; sent once by the outbox",
			description = "to empty on a reply: the sender of the latest received message. bcc is never in a header."
					+ " then=RESOLVE or WAIT changes the item in the same transaction. requestKey makes a retry"
					+ " return the first message instead of sending another.")
	ResponseEntity<QueuedMail> send(@PathVariable String slug, @PathVariable UUID id, @RequestBody MailRequest body) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		ItemMail.Kind kind = parse(ItemMail.Kind.class, "/kind", body.kind(), ItemMail.Kind.REPLY);
		OutgoingId queued = mail.send(m, new WorkItemId(id),
				new ItemMail(kind, body.outgoing(), body.message() == null ? null : new MessageId(body.message()),
						body.subject(), parse(ItemMail.Then.class, "/then", body.then(), null)));
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/work-items/" + id))
			.body(new QueuedMail(queued.value()));
	}

	@PostMapping("/mail")
	@Operation(summary = "Write a new e-mail: starts a conversation and its work item (assigned to the writer)")
	ResponseEntity<WorkItemView> start(@PathVariable String slug, @RequestBody MailRequest body) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemView item = mail.start(m, body.mailbox() == null ? null : new MailboxId(body.mailbox()),
				body.subject() == null ? "" : body.subject(), body.outgoing(),
				parse(ItemMail.Then.class, "/then", body.then(), null));
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/work-items/" + item.id())).body(item);
	}

	@GetMapping("/addresses")
	@Operation(summary = "Addresses for type-ahead: previous correspondents containing q, most recent first")
	List<String> addresses(@PathVariable String slug, @RequestParam(defaultValue = "") String q) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		return q.strip().length() < 2 ? List.of() : suggestions.suggest(m, q.strip());
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String pointer, @Nullable String value,
			@Nullable E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(pointer, Text.of("input.unknownValue", value));
		}
	}

	/**
	 * @param kind REPLY (default), FORWARD or NEW
	 * @param message for FORWARD: the message's id in the conversation
	 * @param mailbox for a new e-mail from the queue: the mailbox to send from (default:
	 * the first enabled one the caller sees)
	 * @param then RESOLVE or WAIT, or none
	 */
	record MailRequest(@Nullable String kind, @Nullable List<String> to, @Nullable List<String> cc,
			@Nullable List<String> bcc, @Nullable String subject, @Nullable String body, @Nullable UUID message,
			@Nullable List<UUID> attachments, @Nullable UUID mailbox, @Nullable String then,
			@Nullable String requestKey) {

		OutgoingMail outgoing() {
			return new OutgoingMail(to == null ? List.of() : to, cc == null ? List.of() : cc,
					bcc == null ? List.of() : bcc, body == null ? "" : body,
					attachments == null ? List.of() : attachments.stream().map(DocumentId::new).toList(), requestKey);
		}

	}

	record QueuedMail(UUID id) {
	}

}
