package dev.deskhand.demo;

import dev.deskhand.access.Caller;
import dev.deskhand.workspace.PersonView;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Runs a part of the demo load as the workspace's owner, so it goes through the modules'
 * facades and access checks as if the owner had done it.
 */
final class AsOwner {

	private AsOwner() {
	}

	static <T> T run(PersonView owner, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new PreAuthenticatedAuthenticationToken(Caller.person(owner.id(), owner.displayName()),
					null, List.of(new SimpleGrantedAuthority("PERSON"))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
