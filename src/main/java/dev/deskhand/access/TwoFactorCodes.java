package dev.deskhand.access;

import dev.deskhand.shared.SecretToken;
import dev.deskhand.workspace.PersonId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a code a person types: a TOTP code of a time step not used before (a code is
 * never accepted twice, nor one older than the last accepted), or, where allowed, one of
 * their unused recovery codes. Wrong codes are throttled like wrong passwords
 * ({@link SignInThrottle}); a refusal while throttled looks like a wrong code.
 */
@Component
class TwoFactorCodes {

	enum Verdict {

		CODE, RECOVERY_CODE, WRONG;

		boolean accepted() {
			return this != WRONG;
		}

	}

	private final TwoFactorRepository store;

	private final TwoFactorCipher cipher;

	private final SignInThrottle throttle;

	private final Clock clock;

	TwoFactorCodes(TwoFactorRepository store, TwoFactorCipher cipher, SignInThrottle throttle, Clock clock) {
		this.store = store;
		this.cipher = cipher;
		this.throttle = throttle;
		this.clock = clock;
	}

	/**
	 * Checks a code against the person's secret: the one waiting for its first code when
	 * {@code setUp}, else the one that is on.
	 */
	Verdict check(PersonId person, String typed, boolean setUp, boolean recoveryAllowed, @Nullable String address) {
		var wait = throttle.waitBeforeCode(person, address);
		if (wait.isPresent()) {
			SecurityLog.warn("two-factor.throttled", "person", person.value(), "waitSeconds",
					wait.get().toSeconds() + 1, "address", address);
			return Verdict.WRONG;
		}
		Verdict verdict = verdict(person, typed, setUp, recoveryAllowed);
		if (verdict.accepted()) {
			throttle.codeSucceeded(person);
		}
		else {
			throttle.codeFailed(person, address);
			SecurityLog.warn("two-factor.failure", "person", person.value(), "address", address);
		}
		return verdict;
	}

	private Verdict verdict(PersonId person, String typed, boolean setUp, boolean recoveryAllowed) {
		var row = store.find(person).filter(r -> (r.enabledAt() == null) == setUp);
		if (row.isEmpty()) {
			return Verdict.WRONG;
		}
		Instant now = clock.instant();
		OptionalLong step = TotpCodes.matchingStep(cipher.open(person, row.get().sealed()), typed, now);
		if (step.isPresent()) {
			if (store.useStep(person, step.getAsLong())) {
				return Verdict.CODE;
			}
			SecurityLog.warn("two-factor.replayed", "person", person.value());
			return Verdict.WRONG;
		}
		if (recoveryAllowed && !setUp && store.useRecoveryCode(person, recoveryHash(typed), now)) {
			return Verdict.RECOVERY_CODE;
		}
		return Verdict.WRONG;
	}

	/**
	 * Recovery codes are compared without case, spaces or dashes; only this digest is
	 * kept.
	 */
	static String recoveryHash(String code) {
		return SecretToken.digest(code.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
	}

}
