package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden tests of {@code carrier-dpd} over every DPD sample, expected by hand. */
class CarrierDpdFormatTests {

	private final CarrierDpdFormat dpd = new CarrierDpdFormat();

	@Test
	void readsEveryReachedStatusInTheZoneOfItsCountry() {
		ParseResult result = parse(dpd, "dpd__TrackingResponse.xml");

		// August 2021: Belgium and Germany at +02:00; "7:11:26 PM" is 19:11:26
		assertThat(rows(result)).containsExactly(
				"actual | departed | BetweenDepots | 2021-08-17T17:11:26Z | Puurs, BE | Europe/Brussels",
				"actual | departed | BetweenDepots | 2021-08-17T17:48:00Z | Puurs, BE | Europe/Brussels",
				"actual | arrived | Depot | 2021-08-18T02:09:55Z | Mechelen, BE | Europe/Brussels",
				"actual | out-for-delivery | Courier | 2021-08-18T05:34:34Z | Mechelen, BE | Europe/Brussels",
				"actual | out-for-delivery | Courier | 2021-08-18T08:14:00Z | Aschaffenburg, DE | Europe/Berlin",
				"actual | delivery-failed | DeliveryFailure | 2021-08-18T12:43:31Z | Mechelen, BE | Europe/Brussels",
				"actual | delivery-failed | DeliveryFailure | 2021-08-18T12:43:31Z | Aschaffenburg, DE | Europe/Berlin",
				"actual | arrived | ParcelShop | 2021-08-18T14:09:35Z | Mechelen, BE | Europe/Brussels",
				"actual | arrived | ParcelShop | 2021-08-18T14:15:56Z | Mechelen, BE | Europe/Brussels",
				"actual | arrived | ParcelShop | 2021-08-18T14:16:57Z | Mechelen, BE | Europe/Brussels",
				"actual | arrived | ParcelShop | 2021-08-18T14:41:00Z | Mechelen, BE | Europe/Brussels",
				"actual | out-for-delivery | Courier | 2021-08-19T08:30:00Z | Mechelen, BE | Europe/Brussels",
				"actual | out-for-delivery | Courier | 2021-08-19T09:32:51Z | Mechelen, BE | Europe/Brussels",
				"actual | picked-up | PickedUp | 2021-08-19T13:57:33Z | Mechelen, BE | Europe/Brussels",
				"actual | delivery-failed | ReturningFromDelivery | 2021-08-19T15:11:26Z | Mechelen, BE | Europe/Brussels");
		assertCommon(result, "DPD");
		ParsedEvent first = result.events().get(0);
		assertThat(first.position())
			.isEqualTo("/Envelope/Body[1]/getTrackingDataResponse[1]/trackingresult[1]/statusInfo[1]");
		assertThat(first.carrierReason()).isEqualTo("The parcel is at the parcel dispatch centre.");
		assertThat(first.details()).containsEntry("label", "In transit");
		// the sample names no parcel number: nothing to reference
		assertThat(first.references()).isEmpty();
		assertThat(result.events().get(14).carrierReason())
			.isEqualTo("After an unsuccessful delivery attempt the parcel is back at the recipient depot.");
	}

	@Test
	void refusesTheSoapFaultWithDpdCode() {
		UnreadableFile refused = refused(dpd, "dpd__ErrorResponse.xml");

		assertThat(refused.position()).isEqualTo("/Envelope/Body[1]/Fault[1]");
		assertThat(refused.reason().english()).isEqualTo(carrierError("DPD",
				"Authentication failure, check delisId and password.", "DELICOM_ERR_AUTHENTICATION"));
	}

}
