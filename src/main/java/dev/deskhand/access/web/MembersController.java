package dev.deskhand.access.web;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.GrantId;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.access.TwoFactorManagement;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.workspace.InvitationId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Members and grants: invite, change role, set an end date, limit to scopes, revoke;
 * agents and their tokens.
 */
@Controller
class MembersController {

	private final AccessPolicy policy;

	private final AccessManagement access;

	private final WorkspaceManagement workspaces;

	private final SensitiveReadLog reads;

	private final Formats fmt;

	private final Clock clock;

	private final List<ScopeKind> scopeKinds;

	private final TwoFactorManagement twoFactor;

	MembersController(AccessPolicy policy, AccessManagement access, WorkspaceManagement workspaces,
			SensitiveReadLog reads, Formats fmt, Clock clock, List<ScopeKind> scopeKinds,
			TwoFactorManagement twoFactor) {
		this.scopeKinds = scopeKinds;
		this.twoFactor = twoFactor;
		this.policy = policy;
		this.access = access;
		this.workspaces = workspaces;
		this.reads = reads;
		this.fmt = fmt;
		this.clock = clock;
	}

	@GetMapping("/w/{slug}/members")
	String members(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.MEMBERS_VIEW);
		reads.record(new SensitiveRead(m.workspace().id(), "member-list", "all", "members page"));
		Pages.workspace(model, m);
		model.addAttribute("rows", rows(m));
		model.addAttribute("roles",
				Arrays.stream(Role.values())
					.filter(r -> r != Role.AGENT && r.ordinal() >= m.role().ordinal())
					.toList());
		model.addAttribute("canManage", m.can(Permission.MEMBERS_MANAGE));
		model.addAttribute("canRequireTwoFactor", m.can(Permission.WORKSPACE_SETTINGS));
		model.addAttribute("twoFactorRequired", twoFactor.required(m));
		model.addAttribute("scopeOptions",
				scopeKinds.stream().flatMap(k -> k.offered(m.workspace().id()).stream()).sorted().toList());
		model.addAttribute("invitations",
				workspaces.invitations(m.workspace().id()).stream().filter(i -> i.open(clock.instant())).toList());
		return "access/members";
	}

	List<MemberRow> rows(Membership m) {
		Instant now = clock.instant();
		Map<MemberId, GrantView> live = access.grants(m.workspace().id())
			.stream()
			.filter(g -> g.revokedAt() == null)
			.collect(Collectors.toMap(GrantView::member, Function.identity()));
		int nda = m.workspace().ndaVersion();
		return workspaces.members(m.workspace().id()).stream().filter(x -> x.active()).map(x -> {
			GrantView g = live.get(x.id());
			boolean editable = m.can(Permission.MEMBERS_MANAGE) && g != null && !x.id().equals(m.member().id())
					&& (g.role() != Role.OWNER || m.role() == Role.OWNER);
			return new MemberRow(x, g, access.ndaAcceptedAt(x.id(), nda).orElse(null), g != null && g.liveAt(now),
					editable);
		}).toList();
	}

	@PostMapping("/w/{slug}/invitations")
	String invite(@PathVariable String slug, @RequestParam String email, @RequestParam Role role,
			@RequestParam(required = false) String accessUntil, @RequestParam(defaultValue = "") String scopes,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		var sent = new java.util.concurrent.atomic.AtomicBoolean();
		String back = Pages.act(flash, "/w/" + slug + "/members", "members.invited", () -> {
			var invitation = access.invite(m, email, role, fmt.parseInput(accessUntil, "/accessUntil"), scopes(scopes),
					token -> ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/invitations/{token}")
						.buildAndExpand(token)
						.toUriString());
			sent.set(invitation.mailed());
			return invitation.link();
		});
		if (sent.get()) {
			flash.addFlashAttribute("ok", "members.invitedMailed");
		}
		return back;
	}

	@PostMapping("/w/{slug}/invitations/{id}/revoke")
	String revokeInvitation(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.invitationRevoked", () -> {
			workspaces.revokeInvitation(m.workspace().id(), new InvitationId(id));
			return null;
		});
	}

	@PostMapping("/w/{slug}/grants/{id}/role")
	String role(@PathVariable String slug, @PathVariable UUID id, @RequestParam Role role, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.changed",
				() -> access.changeRole(m, new GrantId(id), role));
	}

	@PostMapping("/w/{slug}/grants/{id}/expiry")
	String expiry(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String validUntil,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.changed",
				() -> access.limit(m, new GrantId(id), null, fmt.parseInput(validUntil, "/validUntil")));
	}

	@PostMapping("/w/{slug}/grants/{id}/scopes")
	String scopes(@PathVariable String slug, @PathVariable UUID id, @RequestParam(defaultValue = "") String scopes,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.changed",
				() -> access.scope(m, new GrantId(id), scopes(scopes)));
	}

	/** Scopes as a person types them: {@code kind:key}, separated by commas. */
	private static List<ScopeRef> scopes(String text) {
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(ScopeRef::parse)
			.toList();
	}

	@PostMapping("/w/{slug}/grants/{id}/revoke")
	String revoke(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.revoked", () -> access.revoke(m, new GrantId(id)));
	}

	@PostMapping("/w/{slug}/agents")
	String addAgent(@PathVariable String slug, @RequestParam String name, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.agentAdded", () -> {
			// an agent never has more than the manager who adds it
			var agent = workspaces.addAgent(m.workspace().id(), name, m.workspace().timeZone().getId());
			return access.grant(m, agent.id(), Role.AGENT, m.grant().validUntil(), m.grant().scopes());
		});
	}

	@PostMapping("/w/{slug}/members/{id}/token")
	String agentToken(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		return Pages.act(flash, "/w/" + slug + "/members", "members.tokenIssued",
				() -> access.issueToken(m, new MemberId(id), "agent", clock.instant().plus(90, ChronoUnit.DAYS))
					.secret());
	}

}
