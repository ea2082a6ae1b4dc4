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
 * Golden tests of {@code carrier-canadapost} over every Canada Post sample, expected by
 * hand.
 */
class CarrierCanadaPostFormatTests {

	private final CarrierCanadaPostFormat canadaPost = new CarrierCanadaPostFormat();

	@Test
	void readsTheEventsAtTheirZoneAbbreviationsAndTheExpectedDate() {
		ParseResult result = parse(canadaPost, "canadapost__TrackingResponseXml.xml");

		// every event says EST: -05:00
		assertThat(rows(result)).containsExactly(
				"actual | info | 20 | 2011-02-03T16:59:59Z | SAINTE-FOY, QC, CA | EST -05:00",
				"actual | out-for-delivery | 0174 | 2011-02-03T13:27:43Z | SAINTE-FOY, QC, CA | EST -05:00",
				"actual | info | 0100 | 2011-02-02T19:45:48Z | QUEBEC, QC, CA | EST -05:00",
				"actual | delayed | 0173 | 2011-02-02T11:19:57Z | QUEBEC, QC, CA | EST -05:00",
				"actual | delivered | 1496 | 2011-02-01T12:59:52Z | QUEBEC, QC, CA | EST -05:00",
				"actual | info | 20 | 2011-02-01T12:59:52Z | QUEBEC, QC, CA | EST -05:00",
				"estimated | delivered | expected-delivery-date | 2011-04-05T00:00:00Z | - | assumed UTC");
		assertCommon(result, "Canada Post");
		assertThat(result.events().get(0).references()).containsExactly(tracking("7023210039414604"),
				other("APRIL1REF1A"), other("APRIL1REF1C"));
		assertThat(result.events().get(0).details()).containsEntry("signatory", "HETU");
		assertThat(result.events().get(3).carrierReason())
			.isEqualTo("Customer addressing error found; attempting to correct. Possible delay");
		assertThat(result.events().get(4).position())
			.isEqualTo("/wrapper/tracking-detail[1]/significant-events[1]/occurrence[5]");
	}

	@Test
	void refusesAnUnknownPinWithCanadaPostsCode() {
		UnreadableFile refused = refused(canadaPost, "canadapost__UnknownTrackingNumberResponse.xml");

		assertThat(refused.position()).isEqualTo("/wrapper/messages[1]/message[1]");
		assertThat(refused.reason().english()).isEqualTo(carrierError("Canada Post", "No Pin History", "004"));
	}

}
