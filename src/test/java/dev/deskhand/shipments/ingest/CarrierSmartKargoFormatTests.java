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
 * Golden tests of {@code carrier-smartkargo} over every SmartKargo sample, expected by
 * hand.
 */
class CarrierSmartKargoFormatTests {

	private final CarrierSmartKargoFormat smartKargo = new CarrierSmartKargoFormat();

	@Test
	void readsPieceEventsAtAirportsAsUtcAndTheEstimateOnce() {
		ParseResult result = parse(smartKargo, "smartkargo__TrackingResponse.json");

		assertThat(rows(result)).containsExactly(
				"actual | delivered | DDL | 2021-01-26T14:30:00Z | LAX, - | assumed UTC",
				"estimated | delivered | estimatedDeliveryDate | 2021-01-28T23:59:00Z | - | assumed UTC",
				"actual | booked | BKD | 2021-01-25T13:03:17Z | BOS, - | assumed UTC");
		assertCommon(result, "SmartKargo");
		assertThat(result.events().get(0).references()).containsExactly(tracking("AXB00006510"), other("yogi045"),
				other("yogi045-002"));
		assertThat(result.events().get(2).references()).containsExactly(tracking("AXB00006510"), other("yogi045"),
				other("yogi045-001"));
		assertThat(result.events().get(0).details()).containsEntry("flight", "AC123").containsEntry("airport", "LAX");
		assertThat(result.events().get(2).position()).isEqualTo("/1");
	}

	@Test
	void readsThePartnerEventsInTheZoneTheyName() {
		ParseResult result = parse(smartKargo, "smartkargo__PartnerTrackingResponse.json");

		// New York in mid-March 2024 is on daylight time: -04:00
		assertThat(rows(result)).containsExactly(
				"actual | departed | DEP | 2024-03-15T14:30:00Z | 10001 New York, US | America/New_York",
				"estimated | delivered | estimatedDeliveryDate | 2024-03-18T03:59:00Z | - | America/New_York",
				"actual | picked-up | RCS | 2024-03-14T12:00:00Z | 02101 Boston, US | America/New_York");
		assertThat(result.events().get(0).references()).containsExactly(tracking("ABC12345678"), other("TEST-REF-001"),
				other("TEST-PKG-001"), other("TEST-PCE-001"));
	}

	@Test
	void readsDotNetTicksPrecision() {
		ParseResult result = parse(smartKargo, "smartkargo__DotNetTicksTrackingResponse.json");

		// "2026-04-17T23:43:17.6571145": seven fraction digits, kept to the 100 ns
		assertThat(rows(result)).containsExactly(
				"actual | info | PND | 2026-04-17T23:43:17.657114500Z | LHR, - | assumed UTC",
				"estimated | delivered | estimatedDeliveryDate | 2026-04-23T23:59:39Z | - | assumed UTC");
		assertThat(result.events().get(0).references()).containsExactly(tracking("XIA12316189"), other("yogi045"));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("In Transit");
	}

	@Test
	void refusesTheErrorWithSmartKargosCode() {
		UnreadableFile refused = refused(smartKargo, "smartkargo__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/error");
		assertThat(refused.reason().english())
			.isEqualTo(carrierError("SmartKargo", "Tracking information not found", "NOT_FOUND"));
	}

}
