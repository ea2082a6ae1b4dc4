package dev.deskhand.access.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.PersonSessions;
import dev.deskhand.access.TwoFactorStatus;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpSession;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
 * A person's own settings: name, language, time zone, password, two-factor sign-in (on
 * its own page), and their working hours in each workspace.
 */
@Controller
class ProfileController {

	private final AccessPolicy policy;

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final PersonSessions sessions;

	private final TwoFactorStatus twoFactor;

	ProfileController(AccessPolicy policy, WorkspaceManagement workspaces, AccessManagement access,
			PersonSessions sessions, TwoFactorStatus twoFactor) {
		this.policy = policy;
		this.workspaces = workspaces;
		this.access = access;
		this.sessions = sessions;
		this.twoFactor = twoFactor;
	}

	private PersonId me() {
		return Objects.requireNonNull(policy.requireCaller().person(), "API tokens have no profile");
	}

	@GetMapping("/profile")
	String show(Model model) {
		PersonId me = me();
		model.addAttribute("person", workspaces.findPerson(me).orElseThrow());
		model.addAttribute("twoFactorOn", twoFactor.enabled(me));
		model.addAttribute("zones",
				ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
		model.addAttribute("memberships", policy.workspacesOfCaller().stream().map(c -> {
			var member = workspaces.memberOf(c.workspace().id(), me).orElseThrow();
			return new ScheduleRow(c.workspace().slug(), c.workspace().name(), member.timeZone().getId(),
					WorkingPeriod.formatWeek(member.workingHours()), member.overlapStart(), member.overlapEnd());
		}).toList());
		return "access/profile";
	}

	@PostMapping("/profile")
	String update(@RequestParam String displayName, @RequestParam String language, @RequestParam String timeZone,
			RedirectAttributes flash) {
		return Pages.act(flash, "/profile", "profile.saved",
				() -> workspaces.updateProfile(me(), displayName, language, timeZone));
	}

	/**
	 * Needs the current password; ends the person's other sessions, and revokes their API
	 * tokens in every workspace if asked to (each revocation audited as on the tokens
	 * page).
	 */
	@PostMapping("/profile/password")
	String password(@RequestParam String currentPassword, @RequestParam String password, @RequestParam String repeat,
			@RequestParam(defaultValue = "false") boolean revokeTokens, HttpSession session, RedirectAttributes flash) {
		return Pages.act(flash, "/profile",
				revokeTokens ? "profile.passwordChangedTokensRevoked" : "profile.passwordChanged", () -> {
					if (!password.equals(repeat)) {
						throw new InvalidInputException("/repeat", "The two passwords differ", "password.differ");
					}
					PersonId me = me();
					workspaces.changePassword(me, currentPassword, password);
					sessions.passwordChanged(me, session.getId());
					if (revokeTokens) {
						revokeOwnTokens();
					}
					return null;
				});
	}

	private void revokeOwnTokens() {
		for (Membership m : policy.memberships(Permission.OWN_TOKEN)) {
			access.tokens(m.workspace().id())
				.stream()
				.filter(t -> t.member().equals(m.member().id()) && t.revokedAt() == null)
				.forEach(t -> access.revokeToken(m, t.id()));
		}
	}

	@PostMapping("/w/{slug}/schedule")
	String schedule(@PathVariable String slug, @RequestParam String timeZone, @RequestParam String workingHours,
			@RequestParam(required = false) String overlapStart, @RequestParam(required = false) String overlapEnd,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORKSPACE_VIEW);
		return Pages.act(flash, "/profile", "profile.saved", () -> workspaces.setSchedule(m.member().id(), timeZone,
				WorkingPeriod.parseWeek(workingHours), time(overlapStart), time(overlapEnd)));
	}

	private static @Nullable LocalTime time(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("/overlapStart", Text.of("input.timeOfDay", value));
		}
	}

	record ScheduleRow(String slug, String name, String timeZone, String workingHours, @Nullable LocalTime overlapStart,
			@Nullable LocalTime overlapEnd) {
	}

}
