package dev.deskhand.access.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.TwoFactorManagement;
import dev.deskhand.workspace.PersonId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor sign-in: the code page after the password (its form is handled by the
 * security filters), setting it up and turning it off on the person's profile, and the
 * owner's requirement for their workspace.
 */
@Controller
class TwoFactorController {

	private static final String PAGE = "/profile/two-factor";

	private final AccessPolicy policy;

	private final TwoFactorManagement twoFactor;

	TwoFactorController(AccessPolicy policy, TwoFactorManagement twoFactor) {
		this.policy = policy;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/login/code")
	String codePage() {
		return "access/login-code";
	}

	private PersonId me() {
		return Objects.requireNonNull(policy.requireCaller().person(), "API tokens have no profile");
	}

	/**
	 * Set-up (QR code, secret, first code), the recovery codes once, or the switch to
	 * turn it off; {@code workspace} names the workspace that sent the person here.
	 */
	@GetMapping(PAGE)
	String page(@RequestParam(required = false) @Nullable String workspace, Model model) {
		PersonId me = me();
		boolean on = twoFactor.enabled(me);
		model.addAttribute("on", on);
		model.addAttribute("recoveryLeft", on ? twoFactor.recoveryCodesLeft(me) : 0);
		model.addAttribute("setUp", on ? null : twoFactor.pendingSetUp(me).orElse(null));
		model.addAttribute("requiredBy",
				workspace == null ? null
						: policy.workspacesOfCaller()
							.stream()
							.filter(c -> c.workspace().slug().equals(workspace))
							.map(c -> c.workspace().name())
							.findFirst()
							.orElse(null));
		return "access/two-factor";
	}

	@PostMapping(PAGE)
	String start(RedirectAttributes flash) {
		// the page shows the new secret: nothing of it goes into the flash
		return Pages.act(flash, PAGE, "twoFactor.started", () -> {
			twoFactor.startSetUp(me());
			return null;
		});
	}

	@PostMapping(PAGE + "/confirm")
	String confirm(@RequestParam String code, HttpServletRequest request, RedirectAttributes flash) {
		return Pages.act(flash, PAGE, "twoFactor.enabled",
				() -> twoFactor.confirm(me(), code, request.getRemoteAddr()));
	}

	@PostMapping(PAGE + "/disable")
	String disable(@RequestParam String currentPassword, @RequestParam String code, HttpServletRequest request,
			RedirectAttributes flash) {
		return Pages.act(flash, PAGE, "twoFactor.disabled", () -> {
			twoFactor.disable(me(), currentPassword, code, request.getRemoteAddr());
			return null;
		});
	}

	/** The owner requires two-factor sign-in of everyone in the workspace, or stops. */
	@PostMapping("/w/{slug}/two-factor")
	String require(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean required,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORKSPACE_SETTINGS);
		return Pages.act(flash, "/w/" + slug + "/members",
				required ? "twoFactor.nowRequired" : "twoFactor.noLongerRequired", () -> {
					twoFactor.require(m, required);
					return null;
				});
	}

}
