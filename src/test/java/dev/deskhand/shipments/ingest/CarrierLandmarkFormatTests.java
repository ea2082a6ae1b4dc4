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
 * Golden tests of {@code carrier-landmark} over every Landmark Global sample, expected by
 * hand. The United States and Canada span zones: their local times are assumed UTC.
 */
class CarrierLandmarkFormatTests {

	private final CarrierLandmarkFormat landmark = new CarrierLandmarkFormat();

	@Test
	void readsMidnightTimesAsTheyAreAndKeepsFileOrder() {
		ParseResult result = parse(landmark, "landmark__MIDNIGHT_TIME_SORTING_RESPONSE_XML.xml");

		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-10-27T05:48:01Z | North Shields, - | assumed UTC",
				"actual | info | 225 | 2025-10-28T08:41:59Z | Feltham, SRY, - | assumed UTC",
				"actual | info | 75 | 2025-10-28T08:42:00Z | Feltham, SRY, - | assumed UTC",
				"actual | info | 225 | 2025-10-29T09:34:00Z | Feltham, SRY, - | assumed UTC",
				"actual | departed | 150 | 2025-10-29T10:15:43Z | Feltham, SRY, - | assumed UTC",
				"actual | info | 225 | 2025-10-29T11:10:19Z | Feltham, SRY, - | assumed UTC",
				"actual | info | 225 | 2025-10-30T06:13:13Z | Machelen, - | assumed UTC",
				"actual | info | 225 | 2025-10-30T08:52:51Z | Machelen, - | assumed UTC",
				"actual | arrived | 155 | 2025-10-30T10:34:22Z | - | assumed UTC",
				"actual | info | 200 | 2025-10-30T13:33:00Z | - | assumed UTC",
				"actual | customs-released | 125 | 2025-10-30T13:54:02Z | Machelen, - | assumed UTC",
				"actual | info | 275 | 2025-10-31T08:24:00Z | - | assumed UTC",
				"actual | info | 275 | 2025-11-02T13:35:00Z | - | assumed UTC",
				"actual | info | 275 | 2025-11-03T00:35:00Z | - | assumed UTC",
				"actual | info | 275 | 2025-11-03T01:35:00Z | - | assumed UTC",
				"actual | delivered | 500 | 2025-11-03T07:14:00Z | Endingen Am Kaiserstuhl, - | assumed UTC");
		assertCommon(result, "Landmark Global");
		assertThat(result.events().get(0).references()).containsExactly(tracking("LE223553042BE"),
				tracking("LTN408798880N1"), other("ZS034809548GB"));
		assertThat(result.events().get(0).details()).containsEntry("end-delivery-carrier", "BPost International");
		assertThat(result.events().get(14).carrierReason()).isEqualTo(
				"Your shipment has arrived at the postal operator of the country of destination and will be delivered in the coming days.");
		assertThat(result.events().get(15).position())
			.isEqualTo("/TrackResponse/Result[1]/Packages[1]/Package[1]/Events[1]/Event[16]");
	}

	@Test
	void readsTheDeliveredJourneyFromNewYorkToQuebec() {
		ParseResult result = parse(landmark, "landmark__DELIVERED_TRACKING_RESPONSE_XML.xml");

		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-09-25T09:10:00Z | New York, NY, US | assumed UTC",
				"actual | customs-released | 125 | 2025-09-26T11:40:00Z | Montreal, QC, CA | assumed UTC",
				"actual | info | 275 | 2025-09-27T08:30:00Z | Quebec City, QC, CA | assumed UTC",
				"actual | out-for-delivery | 300 | 2025-09-27T09:15:00Z | Quebec City, QC, CA | assumed UTC",
				"actual | delivered | 500 | 2025-09-27T14:05:00Z | Quebec City, QC, CA | assumed UTC");
		assertThat(result.events().get(0).references()).containsExactly(tracking("1Z999CC30345678906"),
				tracking("LTN49100231N3"), other("ORDER-3003"));
	}

	@Test
	void readsTheFailedDeliveryInEuropeanZones() {
		ParseResult result = parse(landmark, "landmark__DELIVERY_FAILED_TRACKING_RESPONSE_XML.xml");

		// late September / early October 2025: Germany and the Netherlands at +02:00
		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-09-29T05:00:00Z | Berlin, DE | Europe/Berlin",
				"actual | info | 225 | 2025-09-30T08:30:00Z | Amsterdam, NL | Europe/Amsterdam",
				"actual | info | 275 | 2025-10-01T12:00:00Z | Rotterdam, NL | Europe/Amsterdam",
				"actual | delivery-failed | 400 | 2025-10-02T07:30:00Z | Rotterdam, NL | Europe/Amsterdam",
				"actual | delivery-failed | 900 | 2025-10-03T16:00:00Z | Rotterdam, NL | Europe/Amsterdam");
	}

	@Test
	void readsTheEarlyStages() {
		ParseResult result = parse(landmark, "landmark__EARLY_STAGE_TRACKING_RESPONSE_XML.xml");

		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-10-01T08:00:00Z | Los Angeles, CA, US | assumed UTC",
				"actual | info | 60 | 2025-10-01T09:00:00Z | Los Angeles, CA, US | assumed UTC",
				"actual | info | 75 | 2025-10-01T10:00:00Z | Los Angeles, CA, US | assumed UTC",
				"actual | info | 80 | 2025-10-01T11:00:00Z | Los Angeles, CA, US | assumed UTC",
				"actual | info | 100 | 2025-10-01T12:00:00Z | Los Angeles, CA, US | assumed UTC");
		assertThat(result.events().get(0).references()).containsExactly(tracking("1Z999AA10123456784"),
				tracking("LTN38570299N1"), other("ORDER-2001"));
	}

	@Test
	void readsInTransitWithClearanceInProgressAsNoHold() {
		ParseResult result = parse(landmark, "landmark__IN_TRANSIT_TRACKING_RESPONSE_XML.xml");

		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-09-28T08:12:00Z | Los Angeles, CA, US | assumed UTC",
				"actual | info | 75 | 2025-09-29T09:00:00Z | Los Angeles, CA, US | assumed UTC",
				"actual | info | 250 | 2025-09-30T13:00:00Z | Chicago, IL, US | assumed UTC",
				"actual | info | 275 | 2025-10-01T17:45:00Z | Toronto, ON, CA | assumed UTC");
	}

	@Test
	void readsTheMultiLegDeliveryListedBeforeItsLastScans() {
		ParseResult result = parse(landmark, "landmark__MULTI_LEG_DELIVERED_TRACKING_RESPONSE_XML.xml");

		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-02-18T04:30:00Z | North Shields, - | assumed UTC",
				"actual | info | 225 | 2025-02-19T08:41:59Z | Feltham, SRY, - | assumed UTC",
				"actual | customs-released | 125 | 2025-02-21T07:54:00Z | Feltham, SRY, - | assumed UTC",
				"actual | departed | 150 | 2025-02-21T07:55:00Z | Feltham, SRY, - | assumed UTC",
				"actual | arrived | 155 | 2025-02-21T07:56:00Z | Feltham, SRY, - | assumed UTC",
				"actual | info | 225 | 2025-02-21T07:56:00Z | Feltham, SRY, - | assumed UTC",
				"actual | delivered | 500 | 2025-02-21T04:23:00Z | Roundwood, WW, - | assumed UTC");
		assertThat(result.events().get(0).references()).containsExactly(tracking("RR123456789IE"),
				tracking("LTN450000001N1"), other("ZS123456789GB"));
	}

	@Test
	void readsOutForDeliveryInLondonAndFrance() {
		ParseResult result = parse(landmark, "landmark__OUT_FOR_DELIVERY_TRACKING_RESPONSE_XML.xml");

		// "UK" is Great Britain; London at +01:00 and France at +02:00 until late October
		assertThat(rows(result)).containsExactly(
				"actual | booked | 50 | 2025-09-29T05:20:00Z | London, GB | Europe/London",
				"actual | info | 200 | 2025-09-30T06:45:00Z | Paris, FR | Europe/Paris",
				"actual | info | 225 | 2025-09-30T13:00:00Z | Paris, FR | Europe/Paris",
				"actual | info | 275 | 2025-10-01T07:30:00Z | Lyon, FR | Europe/Paris",
				"actual | out-for-delivery | 300 | 2025-10-02T06:15:00Z | Lyon, FR | Europe/Paris");
	}

	@Test
	void readsTheSingleEventToBeRouted() {
		ParseResult result = parse(landmark, "landmark__TO_BE_ROUTED_TRACKING_RESPONSE_XML.xml");

		assertThat(rows(result))
			.containsExactly("actual | booked | 50 | 2026-01-28T03:40:52Z | North Shields, - | assumed UTC");
		assertThat(result.events().get(0).references()).containsExactly(tracking("H00TCC0028567558"),
				tracking("LTN433006705N1"), other("ZS204724186GB"));
		assertThat(result.events().get(0).details()).containsEntry("end-delivery-carrier", "To Be Routed");
	}

	@Test
	void readsTheTestResponseWithTwelveHourTimes() {
		ParseResult result = parse(landmark, "landmark__TRACKING_RESPONSE_XML.xml");

		assertThat(rows(result)).containsExactly(
				"actual | info | 250 | 2025-10-01T15:02:00Z | Anytown, US | assumed UTC",
				"actual | info | 200 | 2025-09-30T11:45:00Z | Columbus, OH, - | assumed UTC");
		assertThat(result.events().get(0).references()).containsExactly(tracking("LTN123121"),
				tracking("LTN38570269N1"));
	}

	@Test
	void refusesTheLoginErrorWithLandmarksCode() {
		UnreadableFile refused = refused(landmark, "landmark__ERROR_RESPONSE_XML.xml");

		assertThat(refused.position()).isEqualTo("/TrackResponse/Errors[1]/Error[1]");
		assertThat(refused.reason().english()).isEqualTo(
				carrierError("Landmark Global", "The username/password combination provided is invalid.", "Login"));
	}

}
