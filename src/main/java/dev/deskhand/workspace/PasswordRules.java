package dev.deskhand.workspace;

import com.nulabinc.zxcvbn.Zxcvbn;
import dev.deskhand.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strength over composition (NIST SP 800-63B): 12 to 128 characters, and zxcvbn must
 * estimate it at least "safely unguessable" (score 3, about 10^8 guesses), with the
 * person's e-mail address and name counting as known words. zxcvbn's own advice is
 * English only, so people get the bundles' text in their language instead.
 */
final class PasswordRules {

	static final int MIN_SCORE = 3;

	/** Loads zxcvbn's dictionaries once; measuring is thread-safe. */
	private static final Zxcvbn ZXCVBN = new Zxcvbn();

	private PasswordRules() {
	}

	static void check(String password, String email, String displayName) {
		if (password.length() < 12) {
			throw new InvalidInputException("/password", "The password needs at least 12 characters",
					"password.tooShort");
		}
		if (password.length() > 128) {
			throw new InvalidInputException("/password", "The password may have at most 128 characters",
					"password.tooLong");
		}
		List<String> known = new ArrayList<>(List.of(email, email.split("@", 2)[0], displayName));
		known.addAll(Arrays.asList(displayName.split("[\\s.@_-]+")));
		known.addAll(Arrays.asList(email.split("[.@_-]+")));
		if (ZXCVBN.measure(password, known).getScore() < MIN_SCORE) {
			throw new InvalidInputException("/password", "The password is too easy to guess", "password.weak");
		}
	}

}
