package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-asendia} over every Asendia sample, expected by hand.
 */
class CarrierAsendiaFormatTests {

	private final CarrierAsendiaFormat asendia = new CarrierAsendiaFormat();

	@Test
	void readsThePickupTransitAndDeliveryInUtc() {
		ParseResult result = parse(asendia, "asendia__TrackingResponse.json");

		// every time ends in Z: UTC as written
		assertThat(rows(result)).containsExactly("actual | picked-up | PU | 2024-04-12T14:30:00Z | Bern, CH | Z",
				"actual | info | IT | 2024-04-13T09:15:00Z | Zurich Airport, CH | Z",
				"actual | delivered | DL | 2024-04-15T11:00:00Z | New York, US | Z");
		assertCommon(result, "Asendia");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("ASENDIA123456789")));
		assertThat(result.events()).extracting(ParsedEvent::carrierReason)
			.containsExactly("Package picked up", "In transit to destination", "Delivered");
		// the ids count 1, 2, 3 within the answer: details, not the event's identity
		assertThat(result.events()).allSatisfy(e -> assertThat(e.externalId()).isNull());
		assertThat(result.events().get(0).details()).containsEntry("event-id", "1");
		assertThat(result.events().get(2).position()).isEqualTo("/trackingEvents/2");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void refusesTheProblemAnswerWithItsStatus() {
		UnreadableFile refused = refused(asendia, "asendia__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/status");
		assertThat(refused.reason().english())
			.isEqualTo(carrierError("Asendia", "Not Found: Tracking number not found", "404"));
	}

}
