package dev.deskhand.workspace;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords by estimated strength (zxcvbn), with the person's own name and address known.
 */
class PasswordRulesTests {

	static final String EMAIL = "mette.hansen@nordhavn.dk";

	static final String NAME = "Mette Hansen";

	@ParameterizedTest
	@ValueSource(strings = { "Summer2026Summer2026", "qwerty123456", "Password2026!", "iloveyou2026!", "1234567890ab" })
	void refusesPasswordsThatAreLongEnoughButEasyToGuess(String password) {
		assertThatThrownBy(() -> PasswordRules.check(password, EMAIL, NAME)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("password.weak");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mette.hansen2026", "Mette Hansen 2026", "mette.hansen@nordhavn.dk1" })
	void countsThePersonsNameAndAddressAsKnown(String password) {
		assertThatThrownBy(() -> PasswordRules.check(password, EMAIL, NAME)).isInstanceOf(InvalidInputException.class)
			.hasMessage("The password is too easy to guess");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "deskhand-demo-2026", "Nordhavn-Mette-1-blue-kettle" })
	void acceptsPassphrasesAndTheDemoPassword(String password) {
		assertThatCode(() -> PasswordRules.check(password, EMAIL, NAME)).doesNotThrowAnyException();
	}

	/** The demo loader sets its people's password through the same check. */
	@ParameterizedTest
	@CsvSource({ "mette@nordhavn.example,Mette Nørgaard", "katrine@holm-va.example,Katrine Holm",
			"jens@elbtal-versand.example,Jens Richter" })
	void theDemoPasswordPassesForTheDemoPeople(String email, String name) {
		assertThatCode(() -> PasswordRules.check("deskhand-demo-2026", email, name)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(ints = { 11, 129 })
	void keepsTheLengthLimits(int length) {
		assertThatThrownBy(() -> PasswordRules.check("x7#Qp9!vT2mZ".repeat(11).substring(0, length), EMAIL, NAME))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isIn("password.tooShort", "password.tooLong");
	}

}
