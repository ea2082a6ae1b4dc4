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

/** Golden tests of {@code carrier-fedex} over every FedEx sample, expected by hand. */
class CarrierFedexFormatTests {

	private final CarrierFedexFormat fedex = new CarrierFedexFormat();

	@Test
	void readsTheScanEventAndTheWindowsEndAndRefusesTheNumberNotFound() {
		ParseResult result = parse(fedex, "fedex__TrackingResponse.json");

		assertThat(rows(result)).containsExactly(
				"actual | picked-up | PU | 2018-02-02T19:01:00Z | 98101 SEATTLE, US | -07:00",
				"estimated | delivered | estimatedDeliveryTimeWindow | 2021-10-15T06:00:00Z | - | -06:00");
		assertCommon(result, "FedEx");
		ParsedEvent pickup = result.events().get(0);
		assertThat(pickup.position()).isEqualTo("/output/completeTrackResults/0/trackResults/0/scanEvents/0");
		assertThat(pickup.carrierReason()).isEqualTo("Picked Up: Package available for clearance");
		assertThat(pickup.details()).containsEntry("exception-code", "A25").containsEntry("location-id", "SEA");
		assertThat(pickup.references()).containsExactly(tracking("128667043726"), other("ASJFGVAS"));
		assertThat(result.rejected()).singleElement().satisfies(r -> {
			assertThat(r.position()).isEqualTo("/output/completeTrackResults/1/trackResults/0/error");
			assertThat(r.reason().english()).isEqualTo(carrierError("FedEx",
					"Tracking number cannot be found. Please correct the tracking number and try again.",
					"TRACKING.TRACKINGNUMBER.NOTFOUND"));
		});
	}

	@Test
	void keepsBothTrackResultsOfAReusedNumber() {
		ParseResult result = parse(fedex, "fedex__DuplicateTrackingResponse.json");

		// two FedEx shipments under 776094337676 (unique ids 2460425000~… and
		// 2460426000~…)
		assertThat(rows(result)).containsExactly(
				"actual | arrived | AR | 2024-04-26T14:50:00Z | 93612 CLOVIS, US | -07:00",
				"actual | info | HP | 2024-04-25T20:26:00Z | 93703 FRESNO, US | -07:00",
				"actual | delayed | DY | 2024-04-25T18:29:00Z | 93612 CLOVIS, US | -07:00",
				"actual | arrived | AR | 2024-04-25T15:12:00Z | 93612 CLOVIS, US | -07:00",
				"actual | departed | DP | 2024-04-25T09:15:00Z | 94621 OAKLAND, US | -07:00",
				"actual | arrived | AR | 2024-04-25T05:39:00Z | 94621 OAKLAND, US | -07:00",
				"actual | departed | DP | 2024-04-25T01:56:00Z | 92626 COSTA MESA, US | -07:00",
				"actual | info | AO | 2024-04-24T23:43:00Z | 92626 COSTA MESA, US | -07:00",
				"actual | picked-up | PU | 2024-04-24T23:05:00Z | 92626 COSTA MESA, US | -07:00",
				"actual | booked | OC | 2024-04-24T20:30:57Z | - | -05:00",
				"actual | delivered | DL | 2024-04-26T16:26:00Z | - | -07:00",
				"actual | out-for-delivery | OD | 2024-04-26T15:52:00Z | 93612 CLOVIS, US | -07:00",
				"actual | info | AO | 2024-04-25T21:29:00Z | 93612 CLOVIS, US | -07:00",
				"actual | picked-up | PU | 2024-04-25T21:25:00Z | 93612 CLOVIS, US | -07:00",
				"actual | arrived | AF | 2024-04-25T20:26:00Z | 93612 CLOVIS, US | -07:00",
				"actual | delivery-failed | DE | 2024-04-25T18:28:00Z | 93612 CLOVIS, US | -07:00",
				"actual | delivery-failed | DE | 2024-04-25T18:26:00Z | 93612 CLOVIS, US | -07:00",
				"actual | out-for-delivery | OD | 2024-04-25T15:55:00Z | 93612 CLOVIS, US | -07:00");
		assertCommon(result, "FedEx");
		assertThat(result.events().get(0).references()).containsExactly(tracking("776094337676"));
		assertThat(result.events().get(0).details()).containsEntry("tracking-number-unique-id",
				"2460425000~776094337676~FX");
		assertThat(result.events().get(10).references()).containsExactly(tracking("776094337676"),
				tracking("DT106798246430"));
		assertThat(result.events().get(10).details()).containsEntry("tracking-number-unique-id",
				"2460426000~776094337676~FX");
		assertThat(result.events().get(16).carrierReason())
			.isEqualTo("Delivery exception: Customer not available or business closed");
		assertThat(result.events().get(16).details()).containsEntry("exception-code", "08");
		assertThat(result.events().get(10).position())
			.isEqualTo("/output/completeTrackResults/0/trackResults/1/scanEvents/0");
	}

	@Test
	void readsTheOffsetlessPickupAsAssumedUtc() {
		ParseResult result = parse(fedex, "fedex__InconsistentDateTimeResponse.json");

		// every scan has an offset but the last pick-up, "2024-08-15T00:00:00"; Mankato,
		// US
		// spans zones, so it is taken as UTC and marked so
		assertThat(rows(result)).containsExactly(
				"actual | delivered | DL | 2024-08-20T16:41:57Z | 11715 Blue Point, US | -04:00",
				"actual | out-for-delivery | OD | 2024-08-20T10:47:00Z | 11741 HOLBROOK, US | -04:00",
				"actual | arrived | AR | 2024-08-20T10:38:00Z | 11741 HOLBROOK, US | -04:00",
				"actual | departed | DP | 2024-08-20T05:29:05Z | 08832 KEASBEY, US | -04:00",
				"actual | arrived | AR | 2024-08-19T18:31:00Z | 08832 KEASBEY, US | -04:00",
				"actual | info | IT | 2024-08-19T13:13:51Z | 08832 WOODBRIDGE TWP, US | -04:00",
				"actual | info | IT | 2024-08-18T20:03:54Z | 08832 WOODBRIDGE TWP, US | -04:00",
				"actual | info | IT | 2024-08-18T07:39:18Z | 08832 WOODBRIDGE TWP, US | -04:00",
				"actual | departed | DP | 2024-08-17T12:52:11Z | 43123 GROVE CITY, US | -04:00",
				"actual | arrived | AR | 2024-08-16T23:39:00Z | 43123 GROVE CITY, US | -04:00",
				"actual | departed | DP | 2024-08-16T12:35:16Z | 52404 CEDAR RAPIDS, US | -05:00",
				"actual | arrived | AR | 2024-08-16T09:34:00Z | 52404 CEDAR RAPIDS, US | -05:00",
				"actual | departed | DP | 2024-08-16T00:29:25Z | 56001 MANKATO, US | -05:00",
				"actual | info | AE | 2024-08-15T23:40:27Z | 56001 MANKATO, US | -05:00",
				"actual | arrived | AR | 2024-08-15T23:35:00Z | 56001 MANKATO, US | -05:00",
				"actual | booked | OC | 2024-08-15T15:36:00Z | 56003, US | -05:00",
				"actual | picked-up | PU | 2024-08-15T00:00:00Z | 56001 MANKATO, US | assumed UTC");
		assertCommon(result, "FedEx");
		assertThat(result.events().get(0).references()).containsExactly(tracking("738488882438"), other("G177832"));
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void refusesTheErrorResponseWithFedexCode() {
		UnreadableFile refused = refused(fedex, "fedex__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/errors/0");
		assertThat(refused.reason().english())
			.isEqualTo(carrierError("FedEx", "Please provide tracking number.", "TRACKING.TRACKINGNUMBER.EMPTY"));
	}

	@Test
	void refusesAProofOfDeliveryAsNoTrackingData() {
		UnreadableFile refused = refused(fedex, "fedex__ProofOfDeliveryResponse.json");

		assertThat(refused.position()).isEqualTo("/output/documentType");
		assertThat(refused.reason().key()).isEqualTo("ingest.reject.carrier.not-tracking");
		assertThat(refused.reason().english()).contains("SIGNATURE_PROOF_OF_DELIVERY");
	}

}
