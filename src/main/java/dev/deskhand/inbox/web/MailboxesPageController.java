package dev.deskhand.inbox.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.MailboxRules;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.OutboundAddresses;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mailbox settings page: add and edit mailboxes, test the connection, fetch now and
 * see how the last fetch went. Showing it is recorded as a read of mailbox settings.
 */
@Controller
class MailboxesPageController {

	private final AccessPolicy policy;

	private final InboxManagement inbox;

	private final String publicUrl;

	private final MessageSource messages;

	MailboxesPageController(AccessPolicy policy, InboxManagement inbox,
			@Value("${deskhand.public-url:}") String publicUrl, MessageSource messages) {
		this.policy = policy;
		this.inbox = inbox;
		this.publicUrl = publicUrl;
		this.messages = messages;
	}

	@GetMapping("/w/{slug}/mailboxes")
	String page(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("mailboxes", inbox.mailboxes(m));
		model.addAttribute("fetchReasons", inbox.fetchReasons(m));
		model.addAttribute("securities", MailSecurity.values());
		model.addAttribute("authKinds", AuthKind.values());
		model.addAttribute("redirectUri", MailboxSignInController.redirectUri(publicUrl));
		return "inbox/mailboxes";
	}

	@PostMapping("/w/{slug}/mailboxes")
	String add(@PathVariable String slug, @ModelAttribute MailboxForm form, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		return act(slug, flash, "mailboxes.added", () -> inbox.addMailbox(m, form.settings()));
	}

	@PostMapping("/w/{slug}/mailboxes/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute MailboxForm form,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		return act(slug, flash, "mailboxes.saved", () -> inbox.updateMailbox(m, new MailboxId(id), form.settings()));
	}

	@PostMapping("/w/{slug}/mailboxes/{id}/disable")
	String disable(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		return act(slug, flash, "mailboxes.disabled", () -> inbox.disableMailbox(m, new MailboxId(id)));
	}

	@PostMapping("/w/{slug}/mailboxes/{id}/test")
	String test(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		flash.addFlashAttribute("check", inbox.testConnection(m, new MailboxId(id)));
		flash.addFlashAttribute("checked", id.toString());
		return "redirect:/w/" + slug + "/mailboxes";
	}

	@PostMapping("/w/{slug}/mailboxes/{id}/fetch")
	String fetch(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		flash.addFlashAttribute("fetch", inbox.fetchNow(m, new MailboxId(id)));
		flash.addFlashAttribute("checked", id.toString());
		return "redirect:/w/" + slug + "/mailboxes";
	}

	private String act(String slug, RedirectAttributes flash, String okKey, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", okKey);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/mailboxes";
	}

	/**
	 * The form's fields; blank numbers take the usual defaults, a blank certificate keeps
	 * the stored one.
	 */
	record MailboxForm(@Nullable String address, @Nullable String displayName, @Nullable String imapHost,
			@Nullable Integer imapPort, @Nullable MailSecurity imapSecurity, @Nullable String smtpHost,
			@Nullable Integer smtpPort, @Nullable MailSecurity smtpSecurity, @Nullable String username,
			@Nullable String password, @Nullable String trustedCertificate, @Nullable Integer pollSeconds,
			@Nullable Boolean enabled, @Nullable AuthKind authKind, @Nullable String oauthTokenUri,
			@Nullable String oauthClientId, @Nullable String oauthClientSecret, @Nullable String oauthScopes,
			@Nullable String oauthAuthorizationUri) {

		NewMailbox settings() {
			return new MailboxesController.MailboxRequest(address, displayName, imapHost, imapPort, imapSecurity,
					smtpHost, smtpPort, smtpSecurity, username, password,
					trustedCertificate == null || trustedCertificate.isBlank() ? null : trustedCertificate, pollSeconds,
					Boolean.TRUE.equals(enabled), authKind, oauthTokenUri, oauthClientId, oauthClientSecret,
					oauthScopes, oauthAuthorizationUri)
				.settings();
		}

	}

}
