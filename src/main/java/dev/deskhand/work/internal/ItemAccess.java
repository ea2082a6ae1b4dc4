package dev.deskhand.work.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and touch which item: the caller's role must allow it, and a scoped grant
 * sees only items filed under one of its scopes (an item without a scope only unscoped
 * grants see). An item the caller may not see answers like one that does not exist.
 */
@Component
public class ItemAccess {

	private final WorkItems items;

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final Set<String> scopeKinds;

	private final Clock clock;

	private final PartyManagement parties;

	ItemAccess(WorkItems items, WorkspaceManagement workspaces, AccessManagement access, List<ScopeKind> scopeKinds,
			Clock clock, PartyManagement parties) {
		this.parties = parties;
		this.items = items;
		this.workspaces = workspaces;
		this.access = access;
		this.scopeKinds = scopeKinds.stream().map(ScopeKind::name).collect(Collectors.toUnmodifiableSet());
		this.clock = clock;
	}

	public static void require(Membership m, Permission permission) {
		if (!m.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.mayNot"));
		}
	}

	public static boolean sees(Membership m, @Nullable String scope) {
		return !m.scoped() || scope != null && m.sees(ScopeRef.parse(scope));
	}

	/** The item, if the caller sees it. */
	public WorkItem visible(Membership m, WorkItemId id) {
		require(m, Permission.WORK_VIEW);
		return items.find(m.workspace().id(), id)
			.filter(i -> sees(m, i.scope()))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.workItem")));
	}

	/**
	 * The party a new item is about (null for none).
	 * @throws InvalidInputException for {@code /party} when the workspace has no such
	 * party
	 */
	public @Nullable PartyView party(Membership m, @Nullable PartyId id) {
		if (id == null) {
			return null;
		}
		return parties.find(m.workspace().id(), id)
			.orElseThrow(
					() -> new InvalidInputException("/party", "No such customer or carrier", "parties.error.noSuch"));
	}

	/** The ids of the workspace's parties whose name starts with or contains the text. */
	public List<UUID> partyIds(dev.deskhand.shared.WorkspaceId workspace, String text) {
		return parties.search(workspace, text, PartyManagement.MAX_LIST).stream().map(p -> p.id().value()).toList();
	}

	/** A scope the caller may file a new item under, normalised to {@code kind:key}. */
	public @Nullable String scopeFor(Membership m, @Nullable String scope) {
		ScopeRef ref = scope == null || scope.isBlank() ? null : parse(scope);
		if (ref != null && !scopeKinds.contains(ref.kind())) {
			throw new InvalidInputException("/scope", Text.of("input.scopeKind", ref.kind()));
		}
		if (m.scoped() && (ref == null || !m.sees(ref))) {
			throw new InvalidInputException("/scope",
					Text.of("input.scopedItem",
							m.grant()
								.scopes()
								.stream()
								.map(Object::toString)
								.collect(java.util.stream.Collectors.joining(", "))));
		}
		return ref == null ? null : ref.toString();
	}

	/**
	 * An active member of the caller's workspace with a live grant that sees the scope.
	 */
	public MemberView assignee(Membership m, MemberId id, @Nullable String scope) {
		MemberView member = workspaces.findMember(id)
			.filter(v -> v.active() && v.workspace().equals(m.workspace().id()))
			.orElseThrow(() -> new InvalidInputException("/assignee", Text.of("input.noSuchMember")));
		GrantView grant = access.liveGrant(id)
			.filter(g -> g.liveAt(clock.instant()))
			.orElseThrow(() -> new InvalidInputException("/assignee", Text.of("input.memberNoAccess")));
		if (!grant.scopes().isEmpty() && (scope == null || !grant.scopes().contains(ScopeRef.parse(scope)))) {
			throw new InvalidInputException("/assignee", Text.of("input.memberMayNotSee"));
		}
		return member;
	}

	private static ScopeRef parse(String scope) {
		try {
			return ScopeRef.parse(scope);
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException("/scope", e.text());
		}
	}

}
