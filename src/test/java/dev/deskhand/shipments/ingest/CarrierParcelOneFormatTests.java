package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-parcelone} over every ParcelOne sample, expected by
 * hand.
 */
class CarrierParcelOneFormatTests {

	private final CarrierParcelOneFormat parcelOne = new CarrierParcelOneFormat();

	@Test
	void readsTheDeliveringCarriersEventsInTheZoneOfTheCountryNamed() {
		ParseResult result = parse(parcelOne, "parcelone__TrackingResponseJSON.json");

		// "Munich, Germany" names a country (January: +01:00); "Munich Hub" and "Berlin"
		// do not
		assertThat(rows(result)).containsExactly(
				"actual | delivered | DELIVERED | 2024-01-15T13:30:00Z | Munich, DE | Europe/Berlin",
				"actual | out-for-delivery | OUT_FOR_DELIVERY | 2024-01-15T07:00:00Z | Munich, DE | Europe/Berlin",
				"actual | arrived | ARRIVED | 2024-01-14T22:00:00Z | Munich Hub, - | assumed UTC",
				"actual | info | IN_TRANSIT | 2024-01-14T10:00:00Z | Berlin Hub, - | assumed UTC",
				"actual | booked | REGISTERED | 2024-01-13T16:00:00Z | Berlin, - | assumed UTC");
		assertCommon(result, "DHL");
		assertThat(result.events()).allSatisfy(e -> {
			assertThat(e.references()).containsExactly(tracking("DHL123456"));
			assertThat(e.details()).containsEntry("via", "ParcelOne");
		});
		assertThat(result.events().get(0).carrierReason()).isEqualTo("Package delivered");
		assertThat(result.events().get(4).position()).isEqualTo("/results/Events/4");
	}

	@Test
	void readsAResponseWithoutEventsAsNothingAndRefusesNothing() {
		ParseResult result = parse(parcelOne, "parcelone__TrackingNoEventsResponseJSON.json");

		assertThat(result.events()).isEmpty();
		assertThat(result.rejected()).isEmpty();
	}

}
