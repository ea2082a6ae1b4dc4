package dev.deskhand.access;

import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceView;
import java.util.List;

/**
 * The caller's live membership in a workspace, as checked on this request: what every
 * module works with after {@link AccessPolicy#require}.
 */
public record Membership(WorkspaceView workspace, MemberView member, GrantView grant) {

	public Role role() {
		return grant.role();
	}

	public boolean can(Permission permission) {
		return Permission.granted(grant.role(), permission);
	}

	/**
	 * A grant without scopes sees everything its role allows; a scoped grant only the
	 * listed things.
	 */
	public boolean sees(ScopeRef scope) {
		List<ScopeRef> scopes = grant.scopes();
		return scopes.isEmpty() || scopes.contains(scope);
	}

	public boolean scoped() {
		return !grant.scopes().isEmpty();
	}
}
