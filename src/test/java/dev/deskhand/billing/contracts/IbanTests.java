package dev.deskhand.billing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * IBAN check digits (ISO 13616 / ISO 7064 mod 97-10): any account number with the check
 * digits computed for it is valid, and changing any one digit of it makes it invalid (mod
 * 97 catches every single-digit error).
 */
class IbanTests {

	@Test
	void knowsPublishedExamplesAndCountryLengths() {
		assertThat(Iban.normalised("DK50 0040 0440 1162 43")).isEqualTo("DK5000400440116243");
		assertThat(Iban.normalised("de89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
		assertThat(Iban.normalised("GB82 WEST 1234 5698 7654 32")).isEqualTo("GB82WEST12345698765432");
		assertThat(Iban.normalised("DK5000400440116244")).isNull();
		// right check digits, wrong length for Denmark
		assertThat(Iban.normalised("DK" + check("DK", "004004401162430") + "004004401162430")).isNull();
	}

	@Property(tries = 300)
	void anyGermanAccountWithItsCheckDigitsIsValidAndNoSingleDigitChangeIs(
			@ForAll @NumericChars @StringLength(18) String account, @ForAll @IntRange(min = 0, max = 17) int at,
			@ForAll @IntRange(min = 1, max = 9) int by) {
		String iban = "DE" + check("DE", account) + account;
		assertThat(Iban.normalised(iban)).isEqualTo(iban);
		char changed = (char) ('0' + (account.charAt(at) - '0' + by) % 10);
		String wrong = "DE" + iban.substring(2, 4) + account.substring(0, at) + changed + account.substring(at + 1);
		assertThat(Iban.normalised(wrong)).isNull();
	}

	/** The check digits ISO 7064 gives the country and account number. */
	private static String check(String country, String account) {
		StringBuilder digits = new StringBuilder();
		for (char c : (account + country + "00").toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
		return (check < 10 ? "0" : "") + check;
	}

}
