package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.other;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden tests of {@code carrier-bpost} over every bpost sample, expected by hand. */
class CarrierBpostFormatTests {

	private final CarrierBpostFormat bpost = new CarrierBpostFormat();

	@Test
	void readsTheThreeStatesWithTheirMilliseconds() {
		ParseResult result = parse(bpost, "bpost__TrackingResponse.xml");

		assertThat(rows(result)).containsExactly("actual | info | T00 | 2012-11-22T22:19:29Z | - | +01:00",
				"actual | out-for-delivery | L00 | 2012-11-23T06:11:18.923Z | - | +01:00",
				"actual | delivered | U01 | 2012-11-23T08:31:07.427Z | - | +01:00");
		assertCommon(result, "bpost");
		assertThat(result.events()).allSatisfy(e -> assertThat(e.references())
			.containsExactly(tracking("323212345659900040669030"), other("TEST AUTOMATIC SORTER")));
		assertThat(result.events().get(2).carrierReason()).isEqualTo("DistributedNormally - regular");
		assertThat(result.events().get(2).position()).isEqualTo("/itemTracking/stateInfo[3]");
	}

	@Test
	void refusesTheSystemExceptionWithBpostsMessage() {
		UnreadableFile refused = refused(bpost, "bpost__ErrorResponse.xml");

		assertThat(refused.position()).isEqualTo("/systemException");
		assertThat(refused.reason().english()).isEqualTo("bpost answered with an error instead of tracking data: "
				+ "An unexpected error occurred while executing the request! Please try again in a few moments. "
				+ "If the problem persist, please contact our support and provide the following token information "
				+ "f35c0f13-538f-41ae-99aa-932bc3141109");
	}

}
