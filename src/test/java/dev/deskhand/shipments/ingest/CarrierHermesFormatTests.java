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

/** Golden tests of {@code carrier-hermes} over every Hermes sample, expected by hand. */
class CarrierHermesFormatTests {

	private final CarrierHermesFormat hermes = new CarrierHermesFormat();

	@Test
	void readsTheStatusesAndTheForecastEndInGermanTime() {
		ParseResult result = parse(hermes, "hermes__TrackingResponse.json");

		// the forecast: 2024-01-20 until 18:00 in Hamburg (DEU), January: +01:00
		assertThat(rows(result)).containsExactly("actual | booked | 0000 | 2024-01-18T07:30:00Z | Berlin, DE | +01:00",
				"actual | arrived | 2000 | 2024-01-19T09:15:00Z | Hamburg, DE | +01:00",
				"actual | out-for-delivery | 3000 | 2024-01-20T06:00:00Z | Hamburg, DE | +01:00",
				"actual | delivered | 3500 | 2024-01-20T13:30:00Z | Hamburg, DE | +01:00",
				"estimated | delivered | deliveryForecast | 2024-01-20T17:00:00Z | - | Europe/Berlin");
		assertCommon(result, "Hermes");
		assertThat(result.events()).allSatisfy(e -> assertThat(e.references())
			.containsExactly(tracking("H1234567890123456789"), other("ORDER-12345")));
		assertThat(result.events().get(3).carrierReason()).isEqualTo("The shipment has been delivered.");
		assertThat(result.events().get(3).position()).isEqualTo("/shipmentinfo/0/status/3");
		assertThat(result.events().get(0).details()).containsEntry("scanning-unit", "Hermes Germany");
	}

	@Test
	void refusesTheErrorWithHermesCode() {
		UnreadableFile refused = refused(hermes, "hermes__TrackingErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/shipmentinfo/0/result");
		assertThat(refused.reason().english())
			.isEqualTo(carrierError("Hermes", "There is no information for the entered value.", "e001"));
	}

}
