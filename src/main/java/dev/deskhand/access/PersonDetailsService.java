package dev.deskhand.access;

import dev.deskhand.workspace.WorkspaceManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class PersonDetailsService implements UserDetailsService {

	private final WorkspaceManagement workspaces;

	PersonDetailsService(WorkspaceManagement workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return workspaces.loginCredentials(email)
			.map(c -> new PersonPrincipal(c.person(), c.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such person"));
	}

}
