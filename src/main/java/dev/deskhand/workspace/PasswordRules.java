package dev.deskhand.workspace;

import dev.deskhand.shared.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * Length over composition (NIST SP 800-63B): at least 12 characters, at most 128, not a
 * well-known password, not the e-mail address, not one character repeated.
 */
final class PasswordRules {

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
			"adgangskode1", "passwort1234", "deskhand1234", "letmein12345", "welcome12345", "iloveyou1234");

	private PasswordRules() {
	}

	static void check(String password, String email) {
		if (password.length() < 12) {
			throw new InvalidInputException("/password", "The password needs at least 12 characters");
		}
		if (password.length() > 128) {
			throw new InvalidInputException("/password", "The password may have at most 128 characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.chars().distinct().count() < 4) {
			throw new InvalidInputException("/password", "The password is too easy to guess");
		}
	}

}
