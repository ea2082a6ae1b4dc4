package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.other;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden tests of {@code carrier-seko} over every SEKO sample, expected by hand. */
class CarrierSekoFormatTests {

	private final CarrierSekoFormat seko = new CarrierSekoFormat();

	@Test
	void readsTheConsignmentFromLondonToItsDeliveryInTheNetherlands() {
		ParseResult result = parse(seko, "seko__TrackingResponse.json");

		// local times in the country after the last comma: December, so London is
		// UTC+0, Essen and the Netherlands UTC+1
		assertThat(rows(result)).containsExactly(
				"actual | booked | OP-1 | 2024-12-13T09:55:23.043Z | LONDON,EGHAM, GB | Europe/London",
				"actual | booked | OP-8 | 2024-12-13T10:55:24Z | -, GB | Europe/London",
				"actual | info | OP-3 | 2024-12-17T09:18:01.733Z | Egham, Surrey, GB | Europe/London",
				"actual | info | OP-4 | 2024-12-17T11:06:29.043Z | EGHAM, SURREY, GB | Europe/London",
				"actual | info | OP-4 | 2024-12-23T14:29:00Z | Essen, DE | Europe/Berlin",
				"actual | info | OP-79 | 2024-12-23T14:29:00Z | Essen, DE | Europe/Berlin",
				"actual | arrived | OP-50 | 2024-12-23T14:29:00Z | Essen, DE | Europe/Berlin",
				"actual | arrived | OP-50 | 2024-12-24T05:13:10Z | -, NL | Europe/Amsterdam",
				"actual | out-for-delivery | OP-21 | 2024-12-24T06:37:54Z | -, NL | Europe/Amsterdam",
				"actual | delivered | OP-72 | 2024-12-24T12:31:47Z | -, NL | Europe/Amsterdam");
		assertCommon(result, "SEKO Logistics");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("999880931315"), other("#N30080")));
		assertThat(result.events().get(0).details()).isEmpty();
		assertThat(result.events().get(1).details()).containsEntry("end-delivery-carrier-code", "0.100");
		assertThat(result.events().get(3).carrierReason()).isEqualTo("International transit to destination country");
		assertThat(result.events().get(4).carrierReason()).isEqualTo("The parcel was handed over to GLS.");
		assertThat(result.events().get(9).position()).isEqualTo("/0/Events/9");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void readsFourConsignmentsWithAnEmptyPlace() {
		ParseResult result = parse(seko, "seko__TrackingResponse2.json");

		// October 25th: London on summer time (UTC+1); the pre-advice names no place, so
		// its time is assumed UTC
		assertThat(rows(result)).containsExactly(
				"actual | booked | OP-1 | 2024-10-25T09:28:47.677Z | LONDON,EGHAM, GB | Europe/London",
				"actual | booked | OP-1 | 2024-10-25T11:28:49Z | - | assumed UTC",
				"actual | booked | OP-1 | 2024-10-25T09:56:28.603Z | LONDON,EGHAM, GB | Europe/London",
				"actual | booked | OP-1 | 2024-10-25T11:56:30Z | - | assumed UTC",
				"actual | booked | OP-1 | 2024-10-25T09:57:24.197Z | LONDON,EGHAM, GB | Europe/London",
				"actual | booked | OP-1 | 2024-10-25T11:57:25Z | - | assumed UTC",
				"actual | booked | OP-1 | 2024-10-25T10:02:19.387Z | LONDON,EGHAM, GB | Europe/London",
				"actual | booked | OP-1 | 2024-10-25T12:02:20Z | - | assumed UTC");
		assertCommon(result, "SEKO Logistics");
		// Reference1 is empty: the consignment number alone
		assertThat(result.events()).extracting(e -> e.references().get(0).value())
			.containsExactly("DG30754101650", "DG30754101650", "DG30754101664", "DG30754101664", "DG30754101665",
					"DG30754101665", "DG30754101666", "DG30754101666");
		assertThat(result.events()).allSatisfy(e -> assertThat(e.references()).hasSize(1));
		assertThat(result.events().get(1).details()).containsEntry("end-delivery-carrier-code", "AAY");
		assertThat(result.events().get(1).carrierReason()).isEqualTo("Pre-advice received");
		assertThat(result.events().get(7).position()).isEqualTo("/3/Events/1");
	}

	@Test
	void refusesTheValidationError() {
		UnreadableFile refused = refused(seko, "seko__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/Errors/0");
		assertThat(refused.reason().english()).isEqualTo(
				"SEKO Logistics answered with an error instead of tracking data: Destination.Address.CountryCode: CountryCode is required");
	}

}
