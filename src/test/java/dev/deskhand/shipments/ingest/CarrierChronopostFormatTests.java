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
 * Golden tests of {@code carrier-chronopost} over every Chronopost sample, expected by
 * hand.
 */
class CarrierChronopostFormatTests {

	private final CarrierChronopostFormat chronopost = new CarrierChronopostFormat();

	@Test
	void readsTheSkybillsEventsFromPreparationToDelivery() {
		ParseResult result = parse(chronopost, "chronopost__TrackingResponse.xml");

		assertThat(rows(result)).containsExactly(
				"actual | booked | DC | 2022-06-19T11:47:53Z | Web Services, - | +02:00",
				"actual | picked-up | DB | 2022-06-20T14:54:13Z | 37400 AMBOISE, - | +02:00",
				"actual | info | DY | 2022-06-20T14:57:00Z | 37400 AMBOISE, - | +02:00",
				"actual | info | SC | 2022-06-21T17:16:06Z | 37000 TOURS CHRONOPOST, - | +02:00",
				"actual | info | TS | 2022-06-21T21:36:06Z | 91090 HUB CHILLY MAZARIN CHRONOPOST, - | +02:00",
				"actual | info | TS | 2022-06-22T00:43:25Z | 62223 ARRAS CHRONOPOST, - | +02:00",
				"actual | arrived | SD | 2022-06-22T00:44:00Z | 62223 ARRAS CHRONOPOST, - | +02:00",
				"actual | out-for-delivery | TA | 2022-06-22T05:12:05Z | 62223 ARRAS CHRONOPOST, - | +02:00",
				"actual | delivered | D | 2022-06-22T06:30:00Z | 62223 ARRAS CHRONOPOST, - | +02:00");
		assertCommon(result, "Chronopost");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("89108749065090")));
		assertThat(result.events().get(1).carrierReason()).isEqualTo("Shipment handed over by shipper");
		assertThat(result.events().get(8).position())
			.isEqualTo("/Envelope/Body[1]/trackSkybillV2Response[1]/return[1]/listEventInfoComp[1]/events[9]");
	}

	@Test
	void refusesTheSystemErrorWithChronopostsCode() {
		UnreadableFile refused = refused(chronopost, "chronopost__ErrorResponse.xml");

		assertThat(refused.position()).isEqualTo("/Envelope/Body[1]/trackSkybillV2Response[1]/return[1]");
		assertThat(refused.reason().english()).isEqualTo(carrierError("Chronopost", "System Error", "1"));
	}

}
