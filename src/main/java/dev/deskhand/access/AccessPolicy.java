package dev.deskhand.access;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one access check. Every request that touches a workspace's data calls
 * {@link #require}: it reads the caller's membership, grant and NDA state from the
 * database each time, so an expired or revoked grant denies on the very next request. A
 * workspace the caller is not a member of does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class AccessPolicy {

	private final WorkspaceManagement workspaces;

	private final GrantReads grants;

	private final NdaRepository ndas;

	private final TwoFactorRepository twoFactor;

	private final Clock clock;

	AccessPolicy(WorkspaceManagement workspaces, GrantReads grants, NdaRepository ndas, TwoFactorRepository twoFactor,
			Clock clock) {
		this.workspaces = workspaces;
		this.grants = grants;
		this.ndas = ndas;
		this.twoFactor = twoFactor;
		this.clock = clock;
	}

	/** The signed-in caller of this thread, if any. */
	public Optional<Caller> caller() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			return Optional.empty();
		}
		return switch (auth.getPrincipal()) {
			case PersonPrincipal p -> Optional.of(p.caller());
			case Caller c -> Optional.of(c);
			case null, default -> Optional.empty();
		};
	}

	public Caller requireCaller() {
		return caller().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
	}

	/**
	 * The caller's live membership in the workspace, allowed to do {@code permission}.
	 */
	public Membership require(String slug, Permission permission) {
		return require(standing(s -> s.workspace().slug().equals(slug)), permission, true);
	}

	public Membership require(WorkspaceId workspace, Permission permission) {
		return require(standing(s -> s.workspace().id().equals(workspace)), permission, true);
	}

	/**
	 * {@link #require(WorkspaceId, Permission)} for {@code caller} outside their request
	 * (a live stream re-checking its watcher), read afresh; empty when no longer allowed.
	 */
	public Optional<Membership> requireAs(Authentication caller, WorkspaceId workspace, Permission permission) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(caller);
		SecurityContextHolder.setContext(context);
		try {
			return Optional.of(require(workspace, permission));
		}
		catch (AccessDenied | NotFoundException e) {
			return Optional.empty();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The membership without the NDA and two-factor checks: only for showing and
	 * accepting the NDA itself.
	 */
	public Membership requireBeforeNda(String slug) {
		return require(standing(s -> s.workspace().slug().equals(slug)), Permission.WORKSPACE_VIEW, false);
	}

	/**
	 * Every live membership of the caller that may do {@code permission}, NDA accepted:
	 * what the merged views work over.
	 */
	public List<Membership> memberships(Permission permission) {
		return standings().stream()
			.filter(s -> s.grant() != null && !s.ndaPending() && !s.twoFactorPending()
					&& Permission.granted(s.grant().role(), permission))
			.map(s -> new Membership(s.workspace(), s.member(), Objects.requireNonNull(s.grant())))
			.toList();
	}

	private Membership require(Standing s, Permission permission, boolean gates) {
		GrantView grant = s.grant();
		if (grant == null) {
			throw refused(s, permission,
					new AccessDenied(AccessDenied.Reason.GRANT, Text.of("denied.grantEnded", s.workspace().name())));
		}
		if (gates && s.twoFactorPending()) {
			throw new AccessDenied(AccessDenied.Reason.TWO_FACTOR,
					Text.of("denied.twoFactorFirst", s.workspace().name()));
		}
		if (gates && s.ndaPending()) {
			throw new AccessDenied(AccessDenied.Reason.NDA, Text.of("denied.ndaFirst", s.workspace().name()));
		}
		if (!Permission.granted(grant.role(), permission)) {
			throw refused(s, permission, new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.mayNot")));
		}
		return new Membership(s.workspace(), s.member(), grant);
	}

	/**
	 * Writes the refusal to the security log (the NDA and two-factor gates are steps, not
	 * refusals).
	 */
	private static AccessDenied refused(Standing s, Permission permission, AccessDenied denied) {
		SecurityLog.warn("access.refused", "reason", denied.reason(), "permission", permission, "workspace",
				s.workspace().slug(), "member", s.member().id().value());
		return denied;
	}

	/**
	 * Every workspace where the caller has a live grant, for the workspace switcher and
	 * the merged views.
	 */
	public List<WorkspaceChoice> workspacesOfCaller() {
		return standings().stream()
			.filter(s -> s.grant() != null)
			.map(s -> new WorkspaceChoice(s.workspace(), Objects.requireNonNull(s.grant()).role(), s.ndaPending()))
			.sorted(Comparator.comparing(c -> c.workspace().name()))
			.toList();
	}

	/**
	 * The caller's standing in the one workspace that matches; a workspace they are not
	 * an active member of does not exist for them. A workspace created earlier in this
	 * request is found by reading again.
	 */
	private Standing standing(Predicate<Standing> which) {
		return standings().stream()
			.filter(which)
			.findFirst()
			.or(() -> fresh().stream().filter(which).findFirst())
			.orElseThrow(() -> {
				Caller caller = requireCaller();
				SecurityLog.warn("access.refused", "reason", "not-a-member", "caller", SecurityLog.who(caller));
				return notFound();
			});
	}

	/**
	 * The caller's active memberships with their live grant, NDA and two-factor state,
	 * read once per web request (a page asks in its controller, its layout and its merged
	 * views) and on every call outside one. Five queries however many workspaces the
	 * caller works in (four for an API token, which two-factor sign-in does not concern);
	 * the next request reads again, so a revoked or expired grant denies at once.
	 */
	private List<Standing> standings() {
		Caller caller = requireCaller();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(STANDINGS, RequestAttributes.SCOPE_REQUEST) instanceof CachedStandings c
				&& c.caller().equals(caller)) {
			return c.standings();
		}
		return fresh();
	}

	/** Reads the standings again (and keeps them for the rest of the request, if any). */
	private List<Standing> fresh() {
		Caller caller = requireCaller();
		List<Standing> loaded = load(caller);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(STANDINGS, new CachedStandings(caller, loaded), RequestAttributes.SCOPE_REQUEST);
		}
		return loaded;
	}

	private List<Standing> load(Caller caller) {
		List<MemberView> members = (caller.viaToken()
				? workspaces.findMember(Objects.requireNonNull(caller.tokenMember())).stream().toList()
				: workspaces.membershipsOf(Objects.requireNonNull(caller.person())))
			.stream()
			.filter(MemberView::active)
			.toList();
		if (members.isEmpty()) {
			return List.of();
		}
		Map<WorkspaceId, WorkspaceView> spaces = workspaces
			.findWorkspaces(members.stream().map(MemberView::workspace).toList())
			.stream()
			.collect(Collectors.toMap(WorkspaceView::id, w -> w));
		List<UUID> ids = members.stream().map(m -> m.id().value()).toList();
		Instant now = clock.instant();
		Map<UUID, GrantView> live = grants.unrevoked(ids)
			.stream()
			.filter(g -> g.liveAt(now))
			.collect(Collectors.toMap(g -> g.member().value(), g -> g, (a, b) -> a));
		boolean anyAssistant = live.values().stream().anyMatch(g -> g.role() == Role.ASSISTANT);
		Set<String> accepted = anyAssistant ? ndas.acceptedVersions(ids) : Set.of();
		Set<UUID> setUpTwoFactor = caller.viaToken() ? Set.of() : twoFactor.requiredWithout(
				Objects.requireNonNull(caller.person()), spaces.keySet().stream().map(WorkspaceId::value).toList());
		return members.stream().filter(m -> spaces.containsKey(m.workspace())).map(m -> {
			WorkspaceView ws = spaces.get(m.workspace());
			GrantView grant = live.get(m.id().value());
			boolean ndaPending = grant != null && grant.role() == Role.ASSISTANT
					&& !accepted.contains(m.id().value() + "/" + ws.ndaVersion());
			return new Standing(ws, m, grant, ndaPending, setUpTwoFactor.contains(ws.id().value()));
		}).toList();
	}

	private static final String STANDINGS = AccessPolicy.class.getName() + ".standings";

	/**
	 * A membership, its live grant (null if none now), whether the NDA waits and whether
	 * the workspace requires two-factor sign-in the person has not set up.
	 */
	private record Standing(WorkspaceView workspace, MemberView member, @Nullable GrantView grant, boolean ndaPending,
			boolean twoFactorPending) {
	}

	private record CachedStandings(Caller caller, List<Standing> standings) {
	}

	private static NotFoundException notFound() {
		return new NotFoundException(Text.of("notFound.workspace"));
	}

	/**
	 * A workspace the caller may enter, with their role and whether the NDA still waits
	 * for them.
	 */
	public record WorkspaceChoice(WorkspaceView workspace, Role role, boolean ndaPending) {
	}

}
