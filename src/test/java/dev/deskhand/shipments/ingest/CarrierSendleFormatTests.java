package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.bytes;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden tests of {@code carrier-sendle} over every Sendle sample, expected by hand. */
class CarrierSendleFormatTests {

	private static final String SAMPLE = "sendle__TrackingResponse.json";

	private final CarrierSendleFormat sendle = new CarrierSendleFormat();

	@Test
	void readsEveryScanAtItsUtcTimeInTheUnitedStates() {
		ParseResult result = parse(sendle, SAMPLE);

		// scan_time is UTC; origin and destination are both US, so the scans' places are
		// there; the two pickup events name no place
		assertThat(rows(result)).containsExactly("actual | delayed | Pickup Attempted | 2023-04-03T08:20:00Z | - | Z",
				"actual | picked-up | Pickup | 2023-04-04T16:12:00Z | - | Z",
				"actual | info | In Transit | 2023-04-04T20:55:00Z | TEANECK, NJ, US | Z",
				"actual | info | In Transit | 2023-04-04T22:43:00Z | JERSEY CITY NJ NETWORK DISTRIBUTION CENTER, US | Z",
				"actual | info | In Transit | 2023-04-05T03:14:00Z | NEW YORK NY DISTRIBUTION CENTER, US | Z",
				"actual | info | In Transit | 2023-04-05T12:04:00Z | NEW YORK, NY, US | Z",
				"actual | info | In Transit | 2023-04-05T12:59:00Z | NEW YORK, NY, US | Z",
				"actual | out-for-delivery | Out for Delivery | 2023-04-05T13:10:00Z | NEW YORK, NY, US | Z",
				"actual | delivered | Delivered | 2023-04-05T18:56:00Z | NEW YORK, NY, US | Z");
		assertCommon(result, "Sendle");
		assertThat(result.events().get(0).carrierReason())
			.isEqualTo("We attempted to pick up the parcel but were unsuccessful: Parcel not ready");
		assertThat(result.events().get(8).carrierReason())
			.isEqualTo("Your package has been delivered to your mailbox!");
		assertThat(result.events().get(2).details()).containsEntry("local-time", "2023-04-04T16:55:00");
		assertThat(result.events().get(8).position()).isEqualTo("/tracking_events/8");
		// the answer does not name the parcel: no reference (the ingest refuses such
		// events)
		assertThat(result.events()).allSatisfy(e -> assertThat(e.references()).isEmpty());
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void readsTheLatestEstimatedDeliveryDay() {
		// the sample with the estimate it leaves empty
		String sample = new String(bytes(SAMPLE), StandardCharsets.UTF_8);
		String estimated = sample.replace("\"estimated_delivery_date_maximum\": \"\"",
				"\"estimated_delivery_date_maximum\": \"2023-04-06\"");
		assertThat(estimated).isNotEqualTo(sample);

		ParseResult result = sendle.parse(estimated.getBytes(StandardCharsets.UTF_8));

		// a day in the United States (several zones): its start, assumed UTC
		assertThat(rows(result)).hasSize(10)
			.endsWith(
					"estimated | delivered | estimated_delivery_date_maximum | 2023-04-06T00:00:00Z | - | assumed UTC");
	}

	@Test
	void refusesTheErrorWithSendlesMessage() {
		UnreadableFile refused = refused(sendle, "sendle__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/error");
		assertThat(refused.reason().english()).isEqualTo(carrierError("Sendle",
				"The resource you requested was not found. Please check the URI and try again.", "not_found"));
	}

}
