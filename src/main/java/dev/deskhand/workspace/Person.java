package dev.deskhand.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "workspace", name = "person")
class Person {

	@Id
	UUID id;

	String email;

	String displayName;

	@Nullable String passwordHash;

	String language;

	String timeZone;

	/** When the person proved the address is theirs; null: not yet. */
	@Nullable Instant emailVerifiedAt;

	Instant createdAt;

	@Version
	@Nullable Long version;

	Person(UUID id, String email, String displayName, @Nullable String passwordHash, String language, String timeZone,
			Instant createdAt) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.timeZone = timeZone;
		this.createdAt = createdAt;
	}

	PersonView view() {
		return new PersonView(new PersonId(id), email, displayName, language, ZoneId.of(timeZone),
				emailVerifiedAt != null);
	}

}
