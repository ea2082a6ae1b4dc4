package dev.deskhand.access;

import dev.deskhand.workspace.PersonView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A person signed in with a password. Roles are per workspace, so the only authority is "person". */
final class PersonPrincipal extends User {
	private final PersonView person;

	PersonPrincipal(PersonView person, @Nullable String passwordHash, boolean locked) {
		super(person.email(), passwordHash == null ? "{noop}" + java.util.UUID.randomUUID() : passwordHash, true, true,
				true, !locked, List.of(new SimpleGrantedAuthority("PERSON")));
		this.person = person;
	}

	Caller caller() {
		return Caller.person(person.id(), person.displayName());
	}

	PersonView person() {
		return person;
	}
}
