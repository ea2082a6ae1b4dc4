package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.deskhand.TestData;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The carriers' samples in {@code carrier-tracking-responses/test_fixtures} and a compact
 * line per parsed event, so a golden test lists a long history as a table.
 */
final class CarrierFixtures {

	private CarrierFixtures() {
	}

	static Path path(String file) {
		return TestData.testdata("carrier-tracking-responses", "test_fixtures", file);
	}

	static byte[] bytes(String file) {
		try {
			return Files.readAllBytes(path(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ParseResult parse(EventFormat format, String file) {
		ParseResult result = format.parse(bytes(file));
		assertThat(result.format()).isEqualTo(format.name());
		return result;
	}

	/** The refusal of a whole file (a carrier's error response). */
	static UnreadableFile refused(EventFormat format, String file) {
		UnreadableFile refused = catchThrowableOfType(UnreadableFile.class, () -> format.parse(bytes(file)));
		assertThat(refused).as("%s is refused as a whole", file).isNotNull();
		return refused;
	}

	/**
	 * {@code classifier | status | carrier code | time (UTC) | place, country | zone
	 * used}; {@code -} for what is absent.
	 */
	static String row(ParsedEvent e) {
		String place = e.location() == null ? "-" : (e.location().name() == null ? "-" : e.location().name()) + ", "
				+ (e.location().countryCode() == null ? "-" : e.location().countryCode());
		return String.join(" | ", e.classifier().code(), e.status().code(), e.carrierCode(), e.eventTime().toString(),
				place, e.zoneUsed() == null ? "-" : e.zoneUsed());
	}

	static List<String> rows(ParseResult result) {
		return result.events().stream().map(CarrierFixtures::row).toList();
	}

	/** What every carrier event shares: carrier, parcel mode, a raw text, a position. */
	static void assertCommon(ParseResult result, String carrier) {
		assertThat(result.events()).allSatisfy(e -> {
			assertThat(e.carrier()).isEqualTo(carrier);
			assertThat(e.mode()).isEqualTo(TransportMode.PARCEL);
			assertThat(e.raw()).isNotBlank();
			assertThat(e.position()).startsWith("/");
			assertThat(e.retracts()).isNull();
			assertThat(e.carrierCode()).isNotBlank();
		});
	}

	static RawReference tracking(String value) {
		return new RawReference(ReferenceType.TRACKING_NUMBER, value);
	}

	static RawReference other(String value) {
		return new RawReference(null, value);
	}

	/** The English reason of a carrier's error, as the bundle words it. */
	static String carrierError(String carrier, String message, String code) {
		return String.format(Locale.ROOT, "%s answered with an error instead of tracking data: %s (code %s).", carrier,
				message, code);
	}

}
