package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.refused;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-australiapost} over every Australia Post sample,
 * expected by hand.
 */
class CarrierAustraliaPostFormatTests {

	private final CarrierAustraliaPostFormat australiaPost = new CarrierAustraliaPostFormat();

	@Test
	void readsTheThreeResultsWithTheirOffsetsAndTheWordsOfEachEvent() {
		ParseResult result = parse(australiaPost, "australiapost__TrackingResponse.json");

		// every time is written at +11:00 (eastern Australia's summer time): 11 hours
		// back
		assertThat(rows(result)).containsExactly(
				// ET123456789AU, a consignment with one item
				"actual | info | Processed by air carrier | 2021-02-02T21:08:00Z | - | +11:00",
				"actual | info | Processed by air carrier | 2021-01-29T00:31:00Z | - | +11:00",
				"actual | info | Processed by air carrier | 2021-01-28T17:54:00Z | - | +11:00",
				"actual | customs-released | Cleared and awaiting international departure | 2021-01-27T14:59:11Z | BRISBANE QLD, AU | +11:00",
				"actual | arrived | Arrived at facility | 2021-01-27T12:51:48Z | BRISBANE QLD, AU | +11:00",
				"actual | picked-up | Received by Australia Post | 2021-01-27T00:06:59Z | BEENLEIGH QLD, AU | +11:00",
				"actual | booked | Shipping information approved by Australia Post | 2021-01-26T16:04:03Z | - | +11:00",
				"actual | booked | Shipping information received by Australia Post | 2021-01-26T13:22:43Z | - | +11:00",
				// LX123456789US, from the United States to Victoria
				"actual | delivered | Delivered - Left in a safe place | 2021-01-21T00:04:27Z | KEW VIC, AU | +11:00",
				"actual | out-for-delivery | Onboard for delivery | 2021-01-20T21:34:14Z | OAKLEIGH SOUTH VIC, AU | +11:00",
				"actual | info | In transit to next facility in OAKLEIGH SOUTH VIC | 2021-01-20T00:55:37Z | - | +11:00",
				"actual | info | Item processed at facility | 2021-01-20T00:48:23Z | SUNSHINE WEST VIC, AU | +11:00",
				"actual | info | In transit to next facility in SUNSHINE WEST VIC | 2021-01-19T11:13:13Z | - | +11:00",
				"actual | info | Item processed at facility | 2021-01-19T10:17:09Z | CHULLORA NSW, AU | +11:00",
				"actual | arrived | Arrived awaiting clearance (Inbound) | 2021-01-19T05:09:03Z | SYDNEY NSW, AU | +11:00",
				"actual | customs-released | Cleared and awaiting international departure | 2021-01-06T21:49:00Z | CHICAGO, US | +11:00",
				"actual | picked-up | Received item from Sender (Outbound) | 2021-01-05T21:27:00Z | US-60199, US | +11:00",
				// 00123456789000123400, to New Zealand
				"actual | delivered | Delivered | 2021-02-01T20:38:56Z | -, NZ | +11:00",
				"actual | out-for-delivery | Onboard for delivery | 2021-02-01T19:03:04Z | -, NZ | +11:00",
				"actual | out-for-delivery | Onboard for delivery | 2021-02-01T14:55:11Z | Transit Scan, - | +11:00",
				"actual | arrived | Arrived in New Zealand | 2021-02-01T14:51:00Z | -, NZ | +11:00",
				"actual | customs-released | Item cleared by Customs | 2021-02-01T14:21:00Z | Transit Scan, - | +11:00",
				"actual | info | Item is in Customs | 2021-01-30T20:57:52Z | Transit Scan, - | +11:00",
				"actual | departed | Despatch Parcels from Export Facility | 2021-01-27T16:33:43Z | Transit Scan, - | +11:00",
				"actual | info | Processed at Export Facility | 2021-01-27T08:24:41Z | Transit Scan, - | +11:00",
				"actual | booked | Shipping information approved by Australia Post | 2021-01-27T02:31:54Z | - | +11:00",
				"actual | booked | Shipping information received by Australia Post | 2021-01-27T02:31:07Z | - | +11:00");
		assertCommon(result, "Australia Post");
		assertThat(result.events().subList(0, 8))
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("ET123456789AU")));
		assertThat(result.events().subList(8, 17))
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("LX123456789US")));
		assertThat(result.events().subList(17, 27))
			.allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("00123456789000123400")));
		assertThat(result.events()).allSatisfy(e -> assertThat(e.carrierReason()).isEqualTo(e.carrierCode()));
		assertThat(result.events().get(0).details()).containsEntry("product", "International Express");
		assertThat(result.events().get(0).position())
			.isEqualTo("/tracking_results/0/trackable_items/0/items/0/events/0");
		assertThat(result.events().get(8).position()).isEqualTo("/tracking_results/1/trackable_items/0/events/0");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void readsAPlaceOfOnlyPunctuationAsItsName() {
		String answer = """
				{"tracking_results": [{"tracking_id": "ET123456789AU", "trackable_items": [{"article_id": "ET123456789AU",
				  "events": [{"location": ", ,", "description": "Delivered", "date": "2021-02-03T08:08:00+11:00"}]}]}]}
				""";

		ParseResult result = australiaPost.parse(answer.getBytes(StandardCharsets.UTF_8));

		assertThat(rows(result))
			.containsExactly("actual | delivered | Delivered | 2021-02-02T21:08:00Z | , ,, - | +11:00");
	}

	@Test
	void refusesAResultWithAustraliaPostsError() {
		UnreadableFile refused = refused(australiaPost, "australiapost__TrackingErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/tracking_results/0/errors/0");
		assertThat(refused.reason().english())
			.isEqualTo(carrierError("Australia Post", "Invalid tracking ID", "ESB-10001"));
	}

	@Test
	void refusesAnAnswerThatIsOnlyAnError() {
		UnreadableFile refused = refused(australiaPost, "australiapost__ErrorResponse.json");

		assertThat(refused.position()).isEqualTo("/errors/0");
		assertThat(refused.reason().english()).isEqualTo(carrierError("Australia Post",
				"The request must contain 10 or less AP article ids, consignment ids, or barcode ids.", "51101"));
	}

}
