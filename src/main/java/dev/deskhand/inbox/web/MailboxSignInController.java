package dev.deskhand.inbox.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MailboxView;
import dev.deskhand.inbox.OAuthSignIn;
import dev.deskhand.inbox.OAuthSignInException;
import dev.deskhand.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Signing a mailbox in through the browser (OAuth 2.0 authorization code with PKCE):
 * "Sign in with …" sends the person to the provider, and the provider sends them back to
 * {@value #CALLBACK} with a code, or an error, and the state. Only signed-in people reach
 * either (SecurityConfiguration); the state, not CSRF, protects the callback, which is a
 * plain GET from the provider. Codes, tokens and states are never logged or shown.
 */
@Controller
class MailboxSignInController {

	/** Where providers send the browser back; registered with each app registration. */
	static final String CALLBACK = "/oauth/mailbox/callback";

	private final AccessPolicy policy;

	private final InboxManagement inbox;

	private final MessageSource messages;

	private final String publicUrl;

	MailboxSignInController(AccessPolicy policy, InboxManagement inbox, MessageSource messages,
			@Value("${deskhand.public-url:}") String publicUrl) {
		this.policy = policy;
		this.inbox = inbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/**
	 * The redirect URI: {@code deskhand.public-url} (for a server behind a proxy) or,
	 * when unset, the address the request came to, plus {@value #CALLBACK}.
	 */
	static String redirectUri(String publicUrl) {
		String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicUrl.strip();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + CALLBACK;
	}

	/**
	 * A link rather than a form: Deskhand's Content-Security-Policy lets forms submit
	 * only to Deskhand, and browsers apply that to the redirect that follows as well, so
	 * a form could not lead on to the provider. Starting with a GET is also what Spring
	 * Security's own OAuth login does; it only records a state for the signed-in person.
	 */
	@GetMapping("/w/{slug}/mailboxes/{id}/oauth/connect")
	View connect(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		try {
			return redirect(inbox.startOAuthSignIn(m, new MailboxId(id), redirectUri(publicUrl)).toString());
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("checked", id.toString());
			flash.addFlashAttribute("oauthError", e.text());
			return redirect("/w/" + slug + "/mailboxes");
		}
	}

	@GetMapping(CALLBACK)
	Object callback(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(name = "error_description", required = false) @Nullable String errorDescription, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		OAuthSignIn signIn;
		try {
			signIn = inbox.claimOAuthSignIn(policy.requireCaller().person(), state);
		}
		catch (OAuthSignInException e) {
			return failed(e, model, response);
		}
		Membership m = policy.require(signIn.workspace(), Permission.MAILBOXES_MANAGE);
		flash.addFlashAttribute("checked", signIn.mailbox().toString());
		try {
			MailboxView connected = inbox.completeOAuthSignIn(m, signIn, code, error, errorDescription);
			flash.addFlashAttribute("connectedAs", connected.oauthAccount());
		}
		catch (OAuthSignInException e) {
			if (e.reason().badRequest()) {
				return failed(e, model, response);
			}
			flash.addFlashAttribute("oauthError", text(e));
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("oauthError", e.text());
		}
		return redirect("/w/" + m.workspace().slug() + "/mailboxes#mailbox-" + signIn.mailbox());
	}

	/**
	 * 400 with the reason; a link to start again where it was the caller's own sign-in
	 * and they may still manage that workspace's mailboxes.
	 */
	private String failed(OAuthSignInException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("reason", text(e));
		if (e.workspace() != null) {
			try {
				model.addAttribute("again", policy.require(e.workspace(), Permission.MAILBOXES_MANAGE).workspace());
			}
			catch (RuntimeException denied) {
				// no link: the sign-in page of a workspace they no longer manage
			}
		}
		return "inbox/oauth-failed";
	}

	private String text(OAuthSignInException e) {
		return messages.getMessage("mailboxes.oauthError." + e.reason().name(),
				new Object[] { e.provider() == null ? "" : e.provider(), e.detail() == null ? "" : e.detail() },
				e.getMessage(), LocaleContextHolder.getLocale());
	}

	/** A redirect taken literally: a provider's URL is no URI template. */
	private static View redirect(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setExpandUriTemplateVariables(false);
		return view;
	}

}
