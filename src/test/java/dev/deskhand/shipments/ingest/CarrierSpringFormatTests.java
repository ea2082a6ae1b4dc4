package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.other;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden tests of {@code carrier-spring} over every Spring sample, expected by hand. */
class CarrierSpringFormatTests {

	private final CarrierSpringFormat spring = new CarrierSpringFormat();

	@Test
	void readsBothEventsAtTheirUnixTimestamps() {
		ParseResult result = parse(spring, "spring__TrackingResponse.json");

		// 1704110400 is 2024-01-01 12:00:00 UTC, 1704196800 a day later
		assertThat(rows(result)).containsExactly(
				"actual | picked-up | 20 | 2024-01-01T12:00:00Z | 1012AB Amsterdam, NL | Z",
				"actual | delivered | 100 | 2024-01-02T12:00:00Z | 10115 Berlin, DE | Z");
		assertCommon(result, "Spring");
		// Spring's number and PostNL's are tracking numbers; DisplayId repeats Spring's
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("LXAB00000000NL"),
					tracking("3STEST1234567890"), other("ORDER-12345"), other("LOCAL123")));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("Shipment accepted at origin facility");
		assertThat(result.events().get(0).details()).containsEntry("local-time", "2024-01-01 12:00:00")
			.containsEntry("end-delivery-carrier", "PostNL")
			.doesNotContainKey("end-delivery-carrier-code");
		assertThat(result.events().get(1).position()).isEqualTo("/Shipment/Events/1");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void refusesTheErrorLevelWithSpringsMessage() {
		UnreadableFile refused = refused(spring, "spring__TrackingErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/Error");
		assertThat(refused.reason().english())
			.isEqualTo("Spring answered with an error instead of tracking data: Tracking number not found");
	}

}
