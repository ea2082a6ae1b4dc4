package dev.deskhand.inbox.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.ConnectionCheck;
import dev.deskhand.inbox.FetchResult;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MailboxView;
import dev.deskhand.inbox.NewMailbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's mailboxes over REST. Settings never include the password; reading them is
 * recorded in the audit log.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/mailboxes")
@Tag(name = "Inbox")
class MailboxesController {

	private final AccessPolicy policy;

	private final InboxManagement inbox;

	MailboxesController(AccessPolicy policy, InboxManagement inbox) {
		this.policy = policy;
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(
			summary = "Mailbox connection settings, for those who manage mailboxes (scoped managers: their mailbox scopes only)")
	List<MailboxView> list(@PathVariable String slug) {
		return inbox.mailboxes(policy.require(slug, Permission.MAILBOXES_MANAGE));
	}

	@PostMapping
	@Operation(summary = "Add a mailbox; the password (or app password) is stored encrypted and never shown again")
	ResponseEntity<MailboxView> add(@PathVariable String slug, @RequestBody MailboxRequest body) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		MailboxView view = inbox.addMailbox(m, body.settings());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/mailboxes/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	MailboxView get(@PathVariable String slug, @PathVariable UUID id) {
		return inbox.mailbox(policy.require(slug, Permission.MAILBOXES_MANAGE), new MailboxId(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a mailbox's settings; leave password out to keep the stored one")
	MailboxView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody MailboxRequest body) {
		return inbox.updateMailbox(policy.require(slug, Permission.MAILBOXES_MANAGE), new MailboxId(id),
				body.settings());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Disable a mailbox: no more fetching or sending; its conversations stay")
	MailboxView disable(@PathVariable String slug, @PathVariable UUID id) {
		return inbox.disableMailbox(policy.require(slug, Permission.MAILBOXES_MANAGE), new MailboxId(id));
	}

	@PostMapping("/{id}/connection-test")
	@Operation(summary = "Sign in to IMAP and SMTP with the stored settings; says what failed and why")
	ConnectionCheck test(@PathVariable String slug, @PathVariable UUID id) {
		return inbox.testConnection(policy.require(slug, Permission.MAILBOXES_MANAGE), new MailboxId(id));
	}

	@PostMapping("/{id}/fetch")
	@Operation(summary = "Fetch new mail now")
	FetchResult fetch(@PathVariable String slug, @PathVariable UUID id) {
		return inbox.fetchNow(policy.require(slug, Permission.MAILBOXES_MANAGE), new MailboxId(id));
	}

	/**
	 * Omitted fields take common defaults: STARTTLS, ports 143 and 587, poll every 60 s,
	 * PASSWORD. With {@code authKind} XOAUTH2, {@code password} is the refresh token and
	 * the {@code oauth*} fields name the provider's token endpoint and the client; with
	 * {@code oauthAuthorizationUri} the refresh token may be left out and obtained by
	 * signing in from the Mailboxes page.
	 */
	record MailboxRequest(@Nullable String address, @Nullable String displayName, @Nullable String imapHost,
			@Nullable Integer imapPort, @Nullable MailSecurity imapSecurity, @Nullable String smtpHost,
			@Nullable Integer smtpPort, @Nullable MailSecurity smtpSecurity, @Nullable String username,
			@Nullable String password, @Nullable String trustedCertificate, @Nullable Integer pollSeconds,
			@Nullable Boolean enabled, @Nullable AuthKind authKind, @Nullable String oauthTokenUri,
			@Nullable String oauthClientId, @Nullable String oauthClientSecret, @Nullable String oauthScopes,
			@Nullable String oauthAuthorizationUri) {

		NewMailbox settings() {
			return new NewMailbox(address == null ? "" : address, displayName == null ? "" : displayName,
					imapHost == null ? "" : imapHost, imapPort == null ? 143 : imapPort,
					imapSecurity == null ? MailSecurity.STARTTLS : imapSecurity, smtpHost == null ? "" : smtpHost,
					smtpPort == null ? 587 : smtpPort, smtpSecurity == null ? MailSecurity.STARTTLS : smtpSecurity,
					username == null ? (address == null ? "" : address) : username, password, trustedCertificate,
					pollSeconds == null ? 60 : pollSeconds, enabled == null || enabled,
					authKind == null ? AuthKind.PASSWORD : authKind, oauthTokenUri, oauthClientId, oauthClientSecret,
					oauthScopes, oauthAuthorizationUri);
		}

	}

}
