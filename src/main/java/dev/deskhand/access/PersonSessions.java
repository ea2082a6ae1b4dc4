package dev.deskhand.access;

import dev.deskhand.workspace.PersonId;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of a person, from Spring Security's {@link SessionRegistry}:
 * after a password change every other session of the person ends at its next request. The
 * registry lives in this instance's memory, like the servlet sessions themselves; with
 * several instances behind a load balancer, sessions on the other instances live on until
 * their idle or absolute timeout.
 */
@Component
public class PersonSessions {

	private final SessionRegistry registry;

	PersonSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Records the password change in the security log and ends every session of the
	 * person but {@code keepSessionId} (the one they changed it in).
	 * @return how many sessions ended
	 */
	public int passwordChanged(PersonId person, String keepSessionId) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof PersonPrincipal p && p.person().id().equals(person)) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					if (!session.getSessionId().equals(keepSessionId)) {
						session.expireNow();
						ended++;
					}
				}
			}
		}
		SecurityLog.info("password.changed", "person", person.value(), "otherSessionsEnded", ended);
		return ended;
	}

}
