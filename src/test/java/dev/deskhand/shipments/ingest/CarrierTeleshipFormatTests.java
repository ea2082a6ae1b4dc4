package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.other;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-teleship} over every Teleship sample, expected by hand.
 */
class CarrierTeleshipFormatTests {

	private final CarrierTeleshipFormat teleship = new CarrierTeleshipFormat();

	@Test
	void readsTheEventsFromLondonToLosAngelesAndTheEstimatedDay() {
		ParseResult result = parse(teleship, "teleship__TrackingResponse.json");

		// times in Z; the last event's code is in_transit though it says "Out for
		// delivery": the code decides. The estimate is a day in the US (several zones):
		// its start, assumed UTC
		assertThat(rows(result)).containsExactly(
				"actual | picked-up | collected | 2025-01-15T09:15:00Z | London, GB | Z",
				"actual | arrived | in_hub | 2025-01-15T14:30:00Z | Heathrow Hub, GB | Z",
				"actual | info | in_transit | 2025-01-16T02:45:00Z | International Transit, - | Z",
				"actual | customs-released | customs_cleared | 2025-01-17T18:20:00Z | Los Angeles ISC, US | Z",
				"actual | info | in_transit | 2025-01-18T08:00:00Z | Los Angeles, CA, US | Z",
				"estimated | delivered | estimatedDelivery | 2025-01-20T00:00:00Z | - | assumed UTC");
		assertCommon(result, "Teleship");
		// Teleship's number, then DPD UK's (first mile) and USPS's (last mile)
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("TELESHIP12345678901"),
					tracking("DPD987654321GB"), tracking("9400111899223456789012"), other("SHP-UK-US-98765"),
					other("UK-US-12345")));
		assertThat(result.events().get(4).carrierReason()).isEqualTo("Out for delivery");
		assertThat(result.events().get(0).details()).containsEntry("first-mile-carrier", "DPD UK")
			.containsEntry("end-delivery-carrier", "USPS");
		assertThat(result.events().get(4).position()).isEqualTo("/events/4");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void refusesTheMessageWithTeleshipsCodeAndDetails() {
		UnreadableFile refused = refused(teleship, "teleship__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/messages/0");
		assertThat(refused.reason().english()).isEqualTo(carrierError("Teleship",
				"Tracking number not found (No shipment found with tracking number: TELESHIP12345678901; "
						+ "Please verify the tracking number is correct)",
				"404"));
	}

}
