package dev.deskhand.assistant.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.drafts.AssistantSettings;
import dev.deskhand.assistant.drafts.SettingsStore;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.Text;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assistant's settings, for managers: the tone of Danish and German drafts and
 * notices, the sign-off, and whether delay notices wait for approval.
 */
@Controller
class AssistantSettingsPageController {

	static final int MAX_SIGN_OFF = 500;

	private final AccessPolicy policy;

	private final SettingsStore settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssistantSettingsPageController(AccessPolicy policy, SettingsStore settings, ApplicationEventPublisher events,
			Clock clock) {
		this.policy = policy;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/w/{slug}/assistant/settings")
	String page(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("settings", settings.of(m.workspace().id()));
		return "assistant/settings";
	}

	@PostMapping("/w/{slug}/assistant/settings")
	@Transactional
	String save(@PathVariable String slug, @RequestParam(defaultValue = "informal") String toneDa,
			@RequestParam(defaultValue = "formal") String toneDe,
			@RequestParam(required = false) @Nullable String signOff,
			@RequestParam(defaultValue = "approval") String noticePolicy, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		String sign = signOff == null || signOff.isBlank() ? null : signOff.strip().replace("\r\n", "\n");
		if (sign != null && sign.length() > MAX_SIGN_OFF) {
			flash.addFlashAttribute("error", Text.of("assistant.settings.signOffLength", MAX_SIGN_OFF));
			return "redirect:/w/" + slug + "/assistant/settings";
		}
		AssistantSettings before = settings.of(m.workspace().id());
		AssistantSettings after = new AssistantSettings("formal".equals(toneDa), "formal".equals(toneDe), sign,
				"automatic".equals(noticePolicy));
		settings.save(m.workspace().id(), after, "member:" + m.member().id(), clock.instant());
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "assistant-settings", m.workspace().id(),
				before, after, "Changed the assistant's settings"));
		flash.addFlashAttribute("ok", "assistant.settings.saved");
		return "redirect:/w/" + slug + "/assistant/settings";
	}

}
