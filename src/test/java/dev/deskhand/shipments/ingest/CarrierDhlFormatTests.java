package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.other;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.shipments.Classifier;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-dhl} over every DHL sample (universal JSON, MyDHL JSON,
 * Express XML, Parcel DE XML): the expected events are read off the samples by hand.
 */
class CarrierDhlFormatTests {

	private final CarrierDhlFormat dhl = new CarrierDhlFormat();

	@Test
	void readsExpressHistoriesOfThreeWaybillsInTheServiceAreasZones() {
		ParseResult result = parse(dhl, "dhl_express__TrackingResponseXML.xml");

		// August 2009: Spain, Germany and Italy at +02:00, Singapore and Hong Kong at
		// +08:00
		assertThat(rows(result)).containsExactly(
				"actual | picked-up | PU | 2009-08-28T11:26:00Z | Barcelona, ES | Europe/Madrid",
				"actual | departed | PO | 2009-08-28T17:27:00Z | Barcelona, ES | Europe/Madrid",
				"actual | info | RW | 2009-08-28T17:27:00Z | Barcelona, ES | Europe/Madrid",
				"actual | info | PL | 2009-08-28T18:39:01Z | Barcelona, ES | Europe/Madrid",
				"actual | arrived | AF | 2009-08-28T19:17:57Z | Barcelona, ES | Europe/Madrid",
				"actual | departed | DF | 2009-08-28T20:01:00Z | Barcelona, ES | Europe/Madrid",
				"actual | arrived | AF | 2009-08-28T22:32:16Z | Leipzig, DE | Europe/Berlin",
				"actual | info | PL | 2009-08-28T23:05:03Z | Leipzig, DE | Europe/Berlin",
				"actual | departed | DF | 2009-08-29T03:52:19Z | Leipzig, DE | Europe/Berlin",
				"actual | arrived | AF | 2009-08-30T17:43:22Z | Bergamo, IT | Europe/Rome",
				"actual | info | PL | 2009-08-30T21:30:00Z | Bergamo, IT | Europe/Rome",
				"actual | departed | DF | 2009-08-31T00:06:00Z | Bergamo, IT | Europe/Rome",
				"actual | departed | DF | 2009-08-31T04:23:00Z | Milan, IT | Europe/Rome",
				"actual | arrived | AR | 2009-08-31T06:59:00Z | Milan, IT | Europe/Rome",
				"actual | out-for-delivery | WC | 2009-08-31T07:19:00Z | Milan, IT | Europe/Rome",
				"actual | delivered | OK | 2009-08-31T08:09:00Z | Milan, IT | Europe/Rome",
				"actual | picked-up | PU | 2009-08-26T02:00:00Z | Singapore, SG | Asia/Singapore",
				"actual | picked-up | PU | 2009-08-13T15:58:00Z | Hong Kong, HK | Asia/Hong_Kong",
				"actual | info | RW | 2009-08-13T18:19:50Z | Hong Kong, HK | Asia/Hong_Kong");
		assertCommon(result, "DHL");
		assertThat(result.rejected()).isEmpty();
		ParsedEvent first = result.events().get(0);
		assertThat(first.position()).isEqualTo("/TrackingResponse/AWBInfo[1]/ShipmentInfo[1]/ShipmentEvent[1]");
		assertThat(first.carrierReason()).isEqualTo("Shipment picked up");
		assertThat(first.references()).containsExactly(tracking("3180831640"));
		assertThat(first.externalId()).isNull();
		assertThat(first.raw()).contains("<EventCode>PU</EventCode>").contains("Barcelona - Spain");
		ParsedEvent delivered = result.events().get(15);
		assertThat(delivered.carrierReason()).isEqualTo("Shipment delivered");
		assertThat(delivered.details()).containsEntry("signatory", "CAMPAGNA").containsEntry("service-area", "MIL");
		assertThat(result.events().get(16).references()).containsExactly(tracking("7740842550"));
		assertThat(result.events().get(18).position())
			.isEqualTo("/TrackingResponse/AWBInfo[3]/ShipmentInfo[1]/ShipmentEvent[2]");
		assertThat(result.events().get(18).references()).containsExactly(tracking("1815115363"));
	}

	@Test
	void readsExpressInTransitWithItsEstimatedDeliveryInUtc() {
		ParseResult result = parse(dhl, "dhl_express__IntransitTrackingResponseXML.xml");

		// Kingston, Jamaica is at -05:00 all year; EstDlvyDateUTC is already UTC
		assertThat(rows(result)).containsExactly(
				"actual | picked-up | PU | 2021-05-05T14:42:00Z | KINGSTON, JM | America/Jamaica",
				"estimated | delivered | EstDlvyDateUTC | 2021-05-08T03:59:00Z | - | Z");
		assertCommon(result, "DHL");
		assertThat(result.events())
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("9053283201"), other("28707")));
		assertThat(result.events().get(1).classifier()).isEqualTo(Classifier.ESTIMATED);
		assertThat(result.events().get(1).position())
			.isEqualTo("/TrackingResponse/AWBInfo[1]/ShipmentInfo[1]/EstDlvyDateUTC[1]");
	}

	@Test
	void readsParcelDeEventsAsGermanLocalTimes() {
		ParseResult result = parse(dhl, "dhl_parcel_de__TrackingResponseXML.xml");

		// March 2016 in Germany: +01:00; the 09:02 event names no place, but the piece is
		// domestic (origin and destination DE), so its time is German too
		assertThat(rows(result)).containsExactly(
				"actual | picked-up | ES | 2016-03-17T10:44:00Z | Bremen, DE | Europe/Berlin",
				"actual | departed | AA | 2016-03-17T12:54:00Z | Bremen, DE | Europe/Berlin",
				"actual | picked-up | AE | 2016-03-17T12:55:00Z | -, DE | Europe/Berlin",
				"actual | departed | AA | 2016-03-17T14:51:00Z | Bremen, DE | Europe/Berlin",
				"actual | arrived | EE | 2016-03-18T02:32:00Z | Neuwied, DE | Europe/Berlin",
				"actual | out-for-delivery | PO | 2016-03-18T08:02:00Z | - | Europe/Berlin",
				"actual | delivered | ZU | 2016-03-18T09:02:00Z | Bonn, DE | Europe/Berlin");
		assertCommon(result, "DHL");
		ParsedEvent posted = result.events().get(0);
		assertThat(posted.carrierReason()).isEqualTo("The shipment has been posted by the sender at the PACKSTATION");
		assertThat(posted.references()).containsExactly(tracking("00340434161094015902"));
		assertThat(posted.details()).containsEntry("ice", "SHRCU").containsEntry("ric", "PCKST");
		assertThat(posted.position()).isEqualTo("/data/data[1]/data[1]/data[1]");
		assertThat(result.events().get(6).position()).isEqualTo("/data/data[1]/data[1]/data[7]");
	}

	@Test
	void readsUniversalEventInTheNetherlandsZoneAndTheEstimatedDelivery() {
		ParseResult result = parse(dhl, "dhl_universal__TrackingResponseJSON.json");

		// "pre-transit" is DHL's coded status (the sample's free text says DELIVERED);
		// Amsterdam in March is +01:00
		assertThat(rows(result)).containsExactly(
				"actual | booked | pre-transit | 2018-03-02T06:53:47Z | 1043 AG Oderweg 2, AMSTERDAM, NL | Europe/Amsterdam",
				"estimated | delivered | estimatedTimeOfDelivery | 2018-08-03T00:00:00Z | - | Z");
		assertCommon(result, "DHL");
		ParsedEvent event = result.events().get(0);
		assertThat(event.position()).isEqualTo("/shipments/0/events/0");
		assertThat(event.carrierReason()).isEqualTo("JESSICA");
		assertThat(event.details()).containsEntry("status", "DELIVERED")
			.containsEntry("remark", "The shipment is pending completion of customs inspection.");
		assertThat(event.references()).containsExactly(tracking("7777777770"), other("YZ3892406173"));
		assertThat(event.raw()).startsWith("{\"timestamp\":\"2018-03-02T07:53:47\"");
		assertThat(result.events().get(1).position()).isEqualTo("/shipments/0/estimatedTimeOfDelivery");
	}

	@Test
	void readsMyDhlEventsAsUtcForWantOfACountry() {
		ParseResult result = parse(dhl, "mydhl__TrackingResponse.json");

		assertThat(rows(result)).containsExactly(
				"actual | delivered | OK | 2024-01-15T17:00:00Z | New York, NY, - | assumed UTC",
				"actual | picked-up | PU | 2024-01-15T08:00:00Z | Los Angeles, CA, - | assumed UTC",
				"estimated | delivered | estimatedTimeOfDelivery | 2024-01-15T17:00:00Z | - | assumed UTC");
		assertCommon(result, "DHL");
		assertThat(result.events()).allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("9356579890")));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("Shipment delivered");
		assertThat(result.events().get(0).details()).containsEntry("service-area", "NYC");
		assertThat(result.events().get(1).position()).isEqualTo("/shipments/0/events/1");
	}

	@Test
	void readsParcelPolandEventsInWarsawTime() {
		ParseResult result = parse(dhl, "dhl_poland__TrackingResponseXML.xml");

		// the sample's statuses and terminals are the literal word "string"; October 2012
		// in Poland is +02:00
		assertThat(rows(result)).containsExactly(
				"actual | info | string | 2012-10-12T05:40:31Z | string, PL | Europe/Warsaw",
				"actual | info | string | 2012-10-12T04:40:31Z | string, PL | Europe/Warsaw");
		assertCommon(result, "DHL");
		assertThat(result.events().get(0).references()).containsExactly(tracking("24333892874"));
		assertThat(result.events().get(1).position())
			.isEqualTo("/getTrackAndTraceInfoResponse/getTrackAndTraceInfoResult[1]/events[1]/item[2]");
	}

	@Test
	void refusesTheErrorResponsesWithDhlsMessage() {
		UnreadableFile universal = refused(dhl, "dhl_universal__TrackingErrorResponseJSON.json");
		assertThat(universal.position()).isEqualTo("/status");
		assertThat(universal.reason().key()).isEqualTo("ingest.reject.carrier.error");
		assertThat(universal.reason().english())
			.isEqualTo(carrierError("DHL", "No result found: No shipment with given tracking number found.", "404"));

		UnreadableFile myDhl = refused(dhl, "mydhl__ErrorResponse.json");
		assertThat(myDhl.reason().english())
			.isEqualTo(carrierError("DHL", "Not Found: No shipments found for the given tracking number", "404"));

		UnreadableFile parcelDe = refused(dhl, "dhl_parcel_de__TrackingErrorResponseXML.xml");
		assertThat(parcelDe.position()).isEqualTo("/data");
		assertThat(parcelDe.reason().english()).isEqualTo(carrierError("DHL", "No data found", "100"));

		UnreadableFile poland = refused(dhl, "dhl_poland__ErrorResponseXML.xml");
		assertThat(poland.position()).isEqualTo("/Envelope/Body[1]/Fault[1]");
		assertThat(poland.reason().english()).isEqualTo(carrierError("DHL", "Nieprawidlowe dane autoryzacyjne", "100"));
	}

	@Test
	void refusesAProofOfDeliveryAsNoTrackingData() {
		UnreadableFile pod = refused(dhl, "mydhl__ProofOfDeliveryResponse.json");

		assertThat(pod.position()).isEqualTo("/documents");
		assertThat(pod.reason().key()).isEqualTo("ingest.reject.carrier.not-tracking");
	}

	@Test
	void refusesADoctypeWithoutReadingIt() {
		byte[] xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE data [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<data name="piece-shipment-list" code="0">&x;</data>
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		UnreadableFile refused = org.assertj.core.api.Assertions.catchThrowableOfType(UnreadableFile.class,
				() -> dhl.parse(xxe));

		assertThat(refused.position()).isEqualTo("1");
		assertThat(refused.reason().key()).isEqualTo("ingest.reject.carrier.not-xml");
		assertThat(refused.reason().english()).doesNotContain("root:");
	}

}
