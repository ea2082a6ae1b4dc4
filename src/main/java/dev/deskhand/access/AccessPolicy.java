package dev.deskhand.access;

import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final GrantRepository grants;

	private final NdaRepository ndas;

	private final Clock clock;

	AccessPolicy(WorkspaceManagement workspaces, GrantRepository grants, NdaRepository ndas, Clock clock) {
		this.workspaces = workspaces;
		this.grants = grants;
		this.ndas = ndas;
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
		WorkspaceView ws = workspaces.findWorkspace(slug).orElseThrow(AccessPolicy::notFound);
		return require(ws, permission, true);
	}

	public Membership require(WorkspaceId workspace, Permission permission) {
		WorkspaceView ws = workspaces.findWorkspace(workspace).orElseThrow(AccessPolicy::notFound);
		return require(ws, permission, true);
	}

	/**
	 * The membership without the NDA check: only for showing and accepting the NDA
	 * itself.
	 */
	public Membership requireBeforeNda(String slug) {
		WorkspaceView ws = workspaces.findWorkspace(slug).orElseThrow(AccessPolicy::notFound);
		return require(ws, Permission.WORKSPACE_VIEW, false);
	}

	private Membership require(WorkspaceView ws, Permission permission, boolean ndaGate) {
		Caller caller = requireCaller();
		MemberView member = memberFor(caller, ws).filter(MemberView::active).orElseThrow(AccessPolicy::notFound);
		Instant now = clock.instant();
		GrantView grant = grants.findLive(member.id().value())
			.map(Grant::view)
			.filter(g -> g.liveAt(now))
			.orElseThrow(() -> new AccessDenied(AccessDenied.Reason.GRANT,
					"Your access to " + ws.name() + " has ended or has not started"));
		if (ndaGate && ndaPending(ws, member, grant)) {
			throw new AccessDenied(AccessDenied.Reason.NDA,
					"Accept the confidentiality agreement of " + ws.name() + " first");
		}
		if (!Permission.granted(grant.role(), permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, "Your role may not do this");
		}
		return new Membership(ws, member, grant);
	}

	/** Assistants work only after accepting the workspace's current NDA. */
	boolean ndaPending(WorkspaceView ws, MemberView member, GrantView grant) {
		return grant.role() == Role.ASSISTANT && !ndas.accepted(member.id().value(), ws.ndaVersion());
	}

	/**
	 * Every workspace where the caller has a live grant, for the workspace switcher and
	 * the merged views.
	 */
	public List<WorkspaceChoice> workspacesOfCaller() {
		Caller caller = requireCaller();
		Instant now = clock.instant();
		List<MemberView> memberships = caller.viaToken()
				? workspaces.findMember(Objects.requireNonNull(caller.tokenMember())).stream().toList()
				: workspaces.membershipsOf(Objects.requireNonNull(caller.person()));
		return memberships.stream().filter(MemberView::active).flatMap(m -> {
			Optional<GrantView> grant = grants.findLive(m.id().value()).map(Grant::view).filter(g -> g.liveAt(now));
			Optional<WorkspaceView> ws = workspaces.findWorkspace(m.workspace());
			if (grant.isEmpty() || ws.isEmpty()) {
				return java.util.stream.Stream.empty();
			}
			return java.util.stream.Stream
				.of(new WorkspaceChoice(ws.get(), grant.get().role(), ndaPending(ws.get(), m, grant.get())));
		}).sorted(java.util.Comparator.comparing(c -> c.workspace().name())).toList();
	}

	private Optional<MemberView> memberFor(Caller caller, WorkspaceView ws) {
		if (caller.viaToken()) {
			return ws.id().equals(caller.tokenWorkspace())
					? workspaces.findMember(Objects.requireNonNull(caller.tokenMember())) : Optional.empty();
		}
		return workspaces.memberOf(ws.id(), Objects.requireNonNull(caller.person()));
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No such workspace");
	}

	/**
	 * A workspace the caller may enter, with their role and whether the NDA still waits
	 * for them.
	 */
	public record WorkspaceChoice(WorkspaceView workspace, Role role, boolean ndaPending) {
	}

}
