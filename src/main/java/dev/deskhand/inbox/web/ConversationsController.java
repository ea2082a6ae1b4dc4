package dev.deskhand.inbox.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.ConversationView;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.inbox.OutgoingView;
import dev.deskhand.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversations and replies over REST, for API clients and agents (people usually reply
 * through the work item). Reading a conversation is recorded in the audit log.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
@Tag(name = "Inbox")
class ConversationsController {

	private final AccessPolicy policy;

	private final InboxManagement inbox;

	ConversationsController(AccessPolicy policy, InboxManagement inbox) {
		this.policy = policy;
		this.inbox = inbox;
	}

	@GetMapping("/conversations/{id}")
	@Operation(summary = "A conversation with its messages as safe text, oldest first; quoted history apart")
	ConversationView conversation(@PathVariable String slug, @PathVariable UUID id) {
		return inbox.conversation(policy.require(slug, Permission.INBOX_VIEW), new ConversationId(id));
	}

	@GetMapping("/conversations/{id}/outgoing")
	@Operation(summary = "The conversation's outbox: status, attempts and the last error of each reply")
	List<OutgoingView> outgoing(@PathVariable String slug, @PathVariable UUID id) {
		return inbox.outgoing(policy.require(slug, Permission.INBOX_VIEW), new ConversationId(id));
	}

	@PostMapping("/conversations/{id}/replies")
	@Operation(summary = "Queue a reply to the latest received message; sent by the outbox after commit",
			description = "automatic=true marks a reply no person wrote: refused for auto-replies and bulk mail")
	ResponseEntity<Queued> reply(@PathVariable String slug, @PathVariable UUID id, @RequestBody ReplyRequest body) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		if (body.attachments() != null && body.attachments().size() > 20) {
			throw new InvalidInputException("/attachments", Text.of("input.attachmentsMax"));
		}
		List<DocumentId> attachments = body.attachments() == null ? List.of()
				: body.attachments().stream().map(DocumentId::new).toList();
		OutgoingId queued = inbox.queueReply(m, new ConversationId(id), body.body() == null ? "" : body.body(),
				attachments, Boolean.TRUE.equals(body.automatic()));
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/conversations/" + id + "/outgoing"))
			.body(new Queued(queued.value()));
	}

	@GetMapping("/signature")
	@Operation(summary = "The caller's own e-mail signature in this workspace")
	Signature signature(@PathVariable String slug) {
		return new Signature(inbox.signature(policy.require(slug, Permission.INBOX_VIEW)));
	}

	@PutMapping("/signature")
	Signature setSignature(@PathVariable String slug, @RequestBody Signature body) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		inbox.setSignature(m, body.text() == null ? "" : body.text());
		return new Signature(inbox.signature(m));
	}

	record ReplyRequest(@Nullable String body, @Nullable List<UUID> attachments, @Nullable Boolean automatic) {
	}

	record Queued(UUID id) {
	}

	record Signature(@Nullable String text) {
	}

}
