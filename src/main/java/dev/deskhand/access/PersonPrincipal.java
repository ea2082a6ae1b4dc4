package dev.deskhand.access;

import dev.deskhand.workspace.PersonView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A person signed in with a password. Roles are per workspace, so the only authority is
 * "person".
 */
final class PersonPrincipal extends User {

	private final PersonView person;

	PersonPrincipal(PersonView person, @Nullable String passwordHash) {
		// a person without a password (none set yet) cannot sign in: the account counts
		// as disabled
		super(person.email(), passwordHash == null ? "" : passwordHash, passwordHash != null, true, true, true,
				List.of(new SimpleGrantedAuthority("PERSON")));
		this.person = person;
	}

	Caller caller() {
		return Caller.person(person.id(), person.displayName());
	}

	PersonView person() {
		return person;
	}

}
