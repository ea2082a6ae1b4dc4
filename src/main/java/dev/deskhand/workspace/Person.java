package dev.deskhand.workspace;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "workspace", name = "person")
class Person {

	/**
	 * After this many failed logins in a row the account waits {@link #LOCK} before the
	 * next try.
	 */
	static final int MAX_FAILED_LOGINS = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	@Id
	UUID id;

	String email;

	String displayName;

	@Nullable String passwordHash;

	String language;

	String timeZone;

	int failedLogins;

	@Nullable Instant lockedUntil;

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

	boolean locked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void loginFailed(Instant now) {
		failedLogins++;
		if (failedLogins >= MAX_FAILED_LOGINS) {
			lockedUntil = now.plus(LOCK);
			failedLogins = 0;
		}
	}

	void loginSucceeded() {
		failedLogins = 0;
		lockedUntil = null;
	}

	PersonView view() {
		return new PersonView(new PersonId(id), email, displayName, language, ZoneId.of(timeZone),
				emailVerifiedAt != null);
	}

}
