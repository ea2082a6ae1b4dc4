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
 * Every vector of {@code tracking-numbers/test_numbers_flat.csv}
 * (jkeen/tracking_number_data) gives its labelled verdict for its format: a "valid" row
 * has a valid candidate of that format, an "invalid" row has none (it may still be valid
 * as another carrier's number, e.g. an invalid SSCC that is a valid USPS number). No
 * row's label disagrees with its source's own algorithm, so there are no exceptions here.
 */
class TrackingNumberVectorsTests {

	/**
	 * Rows without a format id are named by their format name; our ids are hyphenated.
	 */
	private static final Map<String, String> UNNAMED = Map.of("LaserShip 1LS7 (18)", "lasership-1ls7-18",
			"Old Dominion", "old-dominion", "Old Dominion Guaranteed Shipment", "old-dominion-guaranteed-shipment",
			"UPS Waybill", "ups-waybill");

	static Stream<Arguments> vectors() throws IOException {
		List<String> lines = Files.readAllLines(TestData.testdata("tracking-numbers", "test_numbers_flat.csv"));
		assertThat(lines.getFirst()).isEqualTo("courier_code,format_id,format_name,checksum,label,value");
		return lines.stream().skip(1).map(line -> {
			String[] cells = line.split(",", 6);
			String format = cells[1].isEmpty() ? UNNAMED.get(cells[2]) : ours(cells[1]);
			return Arguments.of(format, cells[4], cells[5]);
		});
	}

	private static String ours(String formatId) {
		return switch (formatId) {
			case "s10" -> "upu-s10";
			case "ups" -> "ups-1z";
			default -> formatId.replace('_', '-');
		};
	}

	@ParameterizedTest(name = "{0} {1} \"{2}\"")
	@MethodSource("vectors")
	void everyVectorGivesItsLabel(String format, String label, String value) {
		boolean validAsFormat = ReferenceChecks.candidates(value)
			.stream()
			.anyMatch(c -> c.format().equals(format) && c.valid());
		assertThat(validAsFormat).as("%s as %s", value, format).isEqualTo(label.equals("valid"));
		ReferenceCandidate verdict = ReferenceChecks.validate(format, value);
		assertThat(verdict).isNotNull();
		assertThat(verdict.valid()).isEqualTo(label.equals("valid"));
		assertThat(verdict.reason() == null).isEqualTo(verdict.valid());
	}

	@Test
	void allRowsAreRead() throws IOException {
		assertThat(vectors().count()).isEqualTo(280);
		assertThat(vectors().filter(a -> a.get()[0] == null)).isEmpty();
	}

	@Test
	void aWrongCheckDigitSaysWhichItShouldBe() {
		ReferenceCandidate s10 = ReferenceChecks.validate(ReferenceType.TRACKING_NUMBER, "RB123456786US");
		assertThat(s10.format()).isEqualTo("upu-s10");
		assertThat(s10.valid()).isFalse();
		assertThat(s10.reason().key()).isEqualTo("refs.reason.check-digit");
		assertThat(s10.reason().args()).containsExactly("5", "6");
		ReferenceCandidate country = ReferenceChecks.validate(ReferenceType.TRACKING_NUMBER, "RB123456785XX");
		assertThat(country.reason().key()).isEqualTo("refs.reason.country");
	}

	@Test
	void spacesAndCaseDoNotMatter() {
		assertThat(ReferenceChecks.validate(ReferenceType.TRACKING_NUMBER, " rb 1234 5678 5 gb ").valid()).isTrue();
		assertThat(ReferenceChecks.validate(ReferenceType.TRACKING_NUMBER, "1z5r89390357567127").format())
			.isEqualTo("ups-1z");
	}

}
