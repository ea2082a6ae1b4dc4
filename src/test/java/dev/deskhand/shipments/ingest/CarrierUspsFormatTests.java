package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests of {@code carrier-usps} over every USPS sample (the international ones are
 * the same responses), expected by hand.
 */
class CarrierUspsFormatTests {

	private final CarrierUspsFormat usps = new CarrierUspsFormat();

	@ParameterizedTest
	@ValueSource(strings = { "usps__TrackingResponse.json", "usps_international__TrackingResponse.json" })
	void readsEveryEventAtItsGmtTimestamp(String file) {
		ParseResult result = parse(usps, file);

		assertThat(rows(result)).containsExactly(
				"actual | delivered | 01 | 2024-11-22T18:58:40Z | 34442 HERNANDO, FL, US | Z",
				"actual | out-for-delivery | OF | 2024-11-22T14:10:45Z | 34442 HERNANDO, FL, US | Z",
				"actual | arrived | 07 | 2024-11-22T13:59:45Z | 34461 LECANTO, FL, US | Z",
				"actual | arrived | A1 | 2024-11-20T06:13:31Z | JACKSONVILLE FL DISTRIBUTION CENTER, US | Z",
				"actual | info | TL | 2024-11-20T06:11:52Z | -, US | Z",
				"actual | info | TL | 2024-11-19T23:07:58Z | -, US | Z",
				"actual | info | TL | 2024-11-19T17:11:23Z | -, US | Z",
				"actual | departed | T1 | 2024-11-19T11:16:41Z | QUEENS NY DISTRIBUTION CENTER, US | Z",
				"actual | arrived | 10 | 2024-11-18T23:02:52Z | QUEENS NY DISTRIBUTION CENTER, US | Z",
				"actual | departed | SF | 2024-11-18T22:01:35Z | 11430 JAMAICA, NY, US | Z",
				"actual | picked-up | 03 | 2024-11-18T16:10:31Z | 11430 JAMAICA, NY, US | Z",
				"actual | booked | GX | 2024-11-15T16:32:33Z | 11413 SPRINGFIELD GARDENS, NY, US | Z");
		assertCommon(result, "USPS");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("9400109104250532908587")));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("Delivered, Parcel Locker");
		assertThat(result.events().get(0).details()).containsEntry("local-time", "2024-11-22T13:58:00");
		assertThat(result.events().get(11).position()).isEqualTo("/trackingEvents/11");
	}

	@ParameterizedTest
	@ValueSource(strings = { "usps__ErrorResponse.json", "usps_international__ErrorResponse.json" })
	void refusesTheErrorWithUspsCode(String file) {
		UnreadableFile refused = refused(usps, file);

		// the sample's code and message are the literal word "string"
		assertThat(refused.position()).isEqualTo("/error");
		assertThat(refused.reason().english()).isEqualTo(carrierError("USPS", "string", "string"));
	}

	@Test
	void refusesTheAuthenticationError() {
		UnreadableFile refused = refused(usps, "usps__AuthErrorResponse.json");

		assertThat(refused.reason().english())
			.isEqualTo(carrierError("USPS", "Client authentication failed.", "invalid_client"));
	}

}
