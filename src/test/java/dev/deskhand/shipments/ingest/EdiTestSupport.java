package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.TestData;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Expected events written by hand, and the samples read from {@code shared/testdata/edi}.
 */
final class EdiTestSupport {

	private EdiTestSupport() {
	}

	static byte[] sample(String... path) {
		String[] parts = new String[path.length + 1];
		parts[0] = "edi";
		System.arraycopy(path, 0, parts, 1, path.length);
		try {
			return Files.readAllBytes(TestData.testdata(parts));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What a golden test states about one event (everything but the raw text and
	 * details).
	 */
	record Expected(String position, TrackingStatus status, String code, String reason, Classifier classifier,
			String time, @Nullable String zone, @Nullable Location location, List<RawReference> references,
			@Nullable String carrier, @Nullable TransportMode mode) {
	}

	static Expected expect(String position, TrackingStatus status, String code, String reason, Classifier classifier,
			String time, @Nullable String zone, @Nullable Location location, List<RawReference> references,
			@Nullable String carrier, @Nullable TransportMode mode) {
		return new Expected(position, status, code, reason, classifier, time, zone, location, references, carrier,
				mode);
	}

	static RawReference ref(@Nullable ReferenceType type, String value) {
		return new RawReference(type, value);
	}

	static Location place(@Nullable String unlocode, @Nullable String name, @Nullable String country) {
		return new Location(unlocode, name, country);
	}

	static void assertEvents(List<ParsedEvent> actual, List<Expected> expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			ParsedEvent a = actual.get(i);
			Expected e = expected.get(i);
			String at = "event " + i + " at segment " + e.position();
			assertThat(a.position()).as(at).isEqualTo(e.position());
			assertThat(a.status()).as(at).isEqualTo(e.status());
			assertThat(a.carrierCode()).as(at).isEqualTo(e.code());
			assertThat(a.carrierReason()).as(at).isEqualTo(e.reason());
			assertThat(a.classifier()).as(at).isEqualTo(e.classifier());
			assertThat(a.eventTime()).as(at).isEqualTo(Instant.parse(e.time()));
			assertThat(a.zoneUsed()).as(at).isEqualTo(e.zone());
			assertThat(a.location()).as(at).isEqualTo(e.location());
			assertThat(a.references()).as(at).containsExactlyElementsOf(e.references());
			assertThat(a.carrier()).as(at).isEqualTo(e.carrier());
			assertThat(a.mode()).as(at).isEqualTo(e.mode());
			assertThat(a.externalId()).as(at).isNull();
			assertThat(a.raw()).as(at).isNotBlank();
		}
	}

}
