package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden tests of {@code carrier-gls} over every GLS sample, expected by hand. */
class CarrierGlsFormatTests {

	private final CarrierGlsFormat gls = new CarrierGlsFormat();

	@Test
	void readsBothEventsWithTheirCompactOffsets() {
		ParseResult result = parse(gls, "gls__TrackingResponse.json");

		// "+0200" is written without a colon
		assertThat(rows(result)).containsExactly(
				"actual | picked-up | INTIAL.NORMAL | 2024-10-07T08:46:14Z | 10437 Berlin, DE | +02:00",
				"actual | booked | INTIAL.PREADVICE | 2024-10-07T07:30:00Z | -, DE | +02:00");
		assertCommon(result, "GLS");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("36301917596")));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("The parcel was handed over to GLS.");
		assertThat(result.events().get(1).position()).isEqualTo("/parcels/0/events/1");
	}

	@Test
	void refusesTheErrorWithGlsCode() {
		UnreadableFile refused = refused(gls, "gls__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/parcels/0/errorCode");
		assertThat(refused.reason().english()).isEqualTo(carrierError("GLS", "Resource Not Found", "E_404_01"));
	}

}
