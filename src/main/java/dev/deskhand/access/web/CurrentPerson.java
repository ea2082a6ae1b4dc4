package dev.deskhand.access.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in person (for their language and time zone), read from the database once
 * per request: a page asks for it on every message and every time it renders.
 */
@Component
class CurrentPerson {

	private static final String KEY = CurrentPerson.class.getName();

	private final AccessPolicy policy;

	private final WorkspaceManagement workspaces;

	CurrentPerson(AccessPolicy policy, WorkspaceManagement workspaces) {
		this.policy = policy;
		this.workspaces = workspaces;
	}

	@SuppressWarnings("unchecked")
	Optional<PersonView> get() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> cached) {
			return (Optional<PersonView>) cached;
		}
		Optional<PersonView> person = policy.caller()
			.map(c -> c.person())
			.filter(Objects::nonNull)
			.flatMap(workspaces::findPerson);
		if (request != null) {
			request.setAttribute(KEY, person, RequestAttributes.SCOPE_REQUEST);
		}
		return person;
	}

}
