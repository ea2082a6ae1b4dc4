package dev.deskhand.access;

import dev.deskhand.workspace.WorkspaceManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed password logins per account; the workspace module locks the account after
 * five in a row.
 */
@Component
class LoginAttempts {

	private final WorkspaceManagement workspaces;

	LoginAttempts(WorkspaceManagement workspaces) {
		this.workspaces = workspaces;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String email) {
			workspaces.recordLogin(email, false);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PersonPrincipal p) {
			workspaces.recordLogin(p.person().email(), true);
		}
	}

}
