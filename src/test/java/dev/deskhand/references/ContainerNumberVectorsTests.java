package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code container-numbers/iso6346_container_numbers.csv} gives its verdict
 * under ISO 6346. Where a source's label and the standard disagree, the standard wins;
 * those rows are listed in {@link #STANDARD_OVERRIDES} with the reason, and the rows the
 * sources leave unlabelled (numbers that appear in the EDI and DCSA samples) have their
 * verdict written by hand in {@link #UNLABELLED}.
 */
class ContainerNumberVectorsTests {

	/**
	 * Labels that the standard overrides. QJRZ123456: validator.js's isISO6346 accepts
	 * the ten characters without the check digit; ISO 6346 makes the check digit part of
	 * the container's identification (owner code, category, serial number, check digit:
	 * eleven characters), so a number without it is not a complete, valid container
	 * number (its check digit would be 3).
	 */
	private static final Map<String, Boolean> STANDARD_OVERRIDES = Map.of("QJRZ123456", false);

	/**
	 * Verdicts for the unlabelled rows, worked out by hand from ISO 6346 Annex A
	 * (TRHU4561222 should end in 5, GMCU6094137 in 5: both as the samples carry them have
	 * a wrong check digit, the quirk the testdata README warns about).
	 */
	private static final Map<String, Boolean> UNLABELLED = Map.of("TRHU4561222", false, "TRHU4307252", true,
			"DRYU4501934", true, "GMCU6094137", false, "MRSU4371639", true, "TCKU7248999", true, "APZU4812090", true);

	static Stream<Arguments> rows() throws IOException {
		List<String> lines = Files
			.readAllLines(TestData.testdata("container-numbers", "iso6346_container_numbers.csv"));
		assertThat(lines.getFirst()).startsWith("value,label_in_source,source");
		return lines.stream().skip(1).map(line -> {
			String[] cells = line.split(",", 3);
			return Arguments.of(cells[0], cells[1]);
		});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("rows")
	void everyRowGivesTheStandardsVerdict(String value, String label) {
		boolean expected;
		if (STANDARD_OVERRIDES.containsKey(value)) {
			expected = STANDARD_OVERRIDES.get(value);
		}
		else if (label.equals("valid") || label.equals("invalid")) {
			expected = label.equals("valid");
		}
		else {
			assertThat(UNLABELLED).as("a verdict for the unlabelled %s", value).containsKey(value);
			expected = UNLABELLED.get(value);
		}
		ReferenceCandidate verdict = ReferenceChecks.validate(ReferenceType.CONTAINER, value);
		assertThat(verdict.valid()).as(value).isEqualTo(expected);
		assertThat(verdict.format()).isEqualTo("iso6346");
		assertThat(verdict.normalised()).isEqualTo(value.toUpperCase(java.util.Locale.ROOT));
		assertThat(verdict.reason() == null).isEqualTo(expected);
	}

	@Test
	void theReasonSaysWhatIsWrong() {
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "TRHU4561222").reason())
			.satisfies(r -> assertThat(r.key()).isEqualTo("refs.reason.check-digit"))
			.satisfies(r -> assertThat(r.args()).containsExactly("5", "2"));
		// validator.js: TBJA7176445 has a right check digit but A is no equipment
		// category
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "TBJA7176445").reason().key())
			.isEqualTo("refs.reason.category");
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "QJRZ123456").reason().key())
			.isEqualTo("refs.reason.check-digit-missing");
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "CSQU3054Z83").reason().key())
			.isEqualTo("refs.reason.container-digits");
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "C5QU3054383").reason().key())
			.isEqualTo("refs.reason.owner");
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "CSQU305438").reason().key())
			.isEqualTo("refs.reason.check-digit-missing");
		assertThat(ReferenceChecks.validate(ReferenceType.CONTAINER, "CSQU30543").reason().key())
			.isEqualTo("refs.reason.length");
	}

	@Test
	void aContainerNumberAsPeopleWriteItIsFound() {
		List<ReferenceCandidate> candidates = ReferenceChecks.candidates("csqu 305438-3");
		assertThat(candidates).first().satisfies(c -> {
			assertThat(c.type()).isEqualTo(ReferenceType.CONTAINER);
			assertThat(c.valid()).isTrue();
			assertThat(c.normalised()).isEqualTo("CSQU3054383");
		});
		// its shape says what it is: no guess as booking or bill of lading
		assertThat(candidates).extracting(ReferenceCandidate::type)
			.doesNotContain(ReferenceType.BOOKING, ReferenceType.BILL_OF_LADING);
	}

}
