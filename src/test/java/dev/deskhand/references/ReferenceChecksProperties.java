package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * What the check digits guarantee, and no more.
 * <ul>
 * <li>ISO 6346: the weights 2^0 … 2^9 are all different and non-zero mod 11, so any
 * change of one serial digit or of the check digit is caught, and so is a letter changed
 * to one whose value differs by other than 11 or 22 (A=10 and K=21 weigh the same mod 11:
 * the standard cannot tell them apart). The one blind spot for digits is the 10→0 rule: a
 * remainder of 10 and of 0 are both written 0, so a change of a number whose check digit
 * is 0 may pass.</li>
 * <li>IATA air waybill (mod 7): a change of the check digit is always caught; one of the
 * serial's first seven digits is caught unless it moves by 7 (0↔7, 1↔8, 2↔9); the airline
 * prefix is not protected at all.</li>
 * <li>UPU S10 (weights 8 6 4 2 3 5 9 7, mod 11): any change of one serial digit changes
 * the remainder; remainders 0 and 6 both give check digit 5, so it is caught whenever the
 * check digit is not 5; the service indicator and country are not in the sum.</li>
 * </ul>
 */
class ReferenceChecksProperties {

	/** ISO 6346 Annex A letter values, written out (A=10, skipping 11, 22 and 33). */
	private static final int[] LETTER = { 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30,
			31, 32, 34, 35, 36, 37, 38 };

	@Provide
	Arbitrary<String> containers() {
		Arbitrary<String> owner = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
		Arbitrary<Character> category = Arbitraries.of('U', 'J', 'Z');
		Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(6);
		return net.jqwik.api.Combinators.combine(owner, category, serial).as((o, c, s) -> {
			String ten = o + c + s;
			int sum = 0;
			for (int i = 0; i < 10; i++) {
				char ch = ten.charAt(i);
				sum += (Character.isDigit(ch) ? ch - '0' : LETTER[ch - 'A']) << i;
			}
			return ten + sum % 11 % 10;
		});
	}

	@Property
	void anyChangedCharacterOfAValidContainerNumberIsCaught(@ForAll("containers") String valid,
			@ForAll @IntRange(max = 10) int at, @ForAll @CharRange(from = '0', to = '9') char digit,
			@ForAll @CharRange(from = 'A', to = 'Z') char letter) {
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, valid).valid()).as(valid).isTrue();
		char old = valid.charAt(at);
		char changed = at < 4 ? letter : digit;
		if (changed == old) {
			return;
		}
		String wrong = valid.substring(0, at) + changed + valid.substring(at + 1);
		boolean blindSpot = at < 4 && (LETTER[changed - 'A'] - LETTER[old - 'A']) % 11 == 0;
		boolean tenIsZero = valid.charAt(10) == '0' && at < 10;
		if (!blindSpot && !tenIsZero) {
			assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, wrong).valid()).as(wrong).isFalse();
		}
		if (at == 10) {
			assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, wrong).valid()).as(wrong).isFalse();
		}
	}

	@Example
	void theBlindSpotsExist() {
		// A and K differ by 11: CSQU3054383 with its C turned into M (13 → 24) still
		// passes
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "MSQU3054383").valid()).isTrue();
	}

	@Provide
	Arbitrary<String> airWaybills() {
		return Arbitraries.strings().numeric().ofLength(10).map(ten -> ten + Long.parseLong(ten.substring(3)) % 7);
	}

	@Property
	void aChangedSerialDigitOfAnAirWaybillIsCaughtUnlessItMovesBySeven(@ForAll("airWaybills") String valid,
			@ForAll @IntRange(min = 3, max = 10) int at, @ForAll @CharRange(from = '0', to = '9') char digit) {
		assertThat(ReferenceChecks.validate(ReferenceType.AIR_WAYBILL, valid).valid()).as(valid).isTrue();
		char old = valid.charAt(at);
		if (digit == old || (at < 10 && Math.abs(digit - old) == 7)) {
			return;
		}
		String wrong = valid.substring(0, at) + digit + valid.substring(at + 1);
		assertThat(ReferenceChecks.validate(ReferenceType.AIR_WAYBILL, wrong).valid()).as(wrong).isFalse();
	}

	@Provide
	Arbitrary<String> s10s() {
		int[] w = { 8, 6, 4, 2, 3, 5, 9, 7 };
		return Arbitraries.strings().numeric().ofLength(8).map(serial -> {
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (serial.charAt(i) - '0') * w[i];
			}
			int r = sum % 11;
			return "RR" + serial + (r == 1 ? 0 : r == 0 ? 5 : 11 - r) + "DK";
		});
	}

	@Property
	void aChangedDigitOfAnS10IsCaught(@ForAll("s10s") String valid, @ForAll @IntRange(min = 2, max = 10) int at,
			@ForAll @CharRange(from = '0', to = '9') char digit) {
		assertThat(ReferenceChecks.validate(ReferenceType.TRACKING_NUMBER, valid).valid()).as(valid).isTrue();
		char old = valid.charAt(at);
		if (digit == old || (valid.charAt(10) == '5' && at < 10)) {
			return;
		}
		String wrong = valid.substring(0, at) + digit + valid.substring(at + 1);
		assertThat(ReferenceChecks.candidates(wrong)).noneMatch(c -> c.format().equals("upu-s10") && c.valid());
	}

	@Property
	void candidatesNeverThrow(@ForAll @StringLength(max = 80) String anything) {
		assertThatCode(() -> ReferenceChecks.candidates(anything)).doesNotThrowAnyException();
		for (ReferenceType type : ReferenceType.values()) {
			assertThatCode(() -> ReferenceChecks.validate(type, anything)).doesNotThrowAnyException();
		}
	}

	@Property
	void candidatesNeverThrowOnReferenceLikeStrings(
			@ForAll @StringLength(max = 40) @CharRange(from = '0', to = '9') @CharRange(from = 'A',
					to = 'Z') @CharRange(from = ' ', to = ' ') @CharRange(from = '-', to = '-') String anything) {
		assertThatCode(() -> ReferenceChecks.candidates(anything)).doesNotThrowAnyException();
		assertThat(ReferenceChecks.candidates(anything)).allSatisfy(c -> {
			assertThat(c.reason() == null).isEqualTo(c.valid());
			assertThat(c.normalised()).doesNotContain(" ", "-");
		});
	}

	@Property
	void anAirWaybillIsShownWithItsPrefixAndNormalisesBack(@ForAll @IntRange(min = 0, max = 999) int prefix,
			@ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
		String normalised = "%03d%07d%d".formatted(prefix, serial, serial % 7);
		String shown = ReferenceChecks.display(ReferenceType.AIR_WAYBILL, normalised);
		assertThat(shown).matches("\\d{3}-\\d{8}");
		assertThat(ReferenceChecks.normalise(shown)).isEqualTo(normalised);
		assertThat(ReferenceChecks.display(ReferenceType.CONTAINER, "MSKU9070323")).isEqualTo("MSKU9070323");
	}

}
