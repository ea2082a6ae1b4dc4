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

/** Golden tests of {@code carrier-ups} over every UPS sample, expected by hand. */
class CarrierUpsFormatTests {

	private final CarrierUpsFormat ups = new CarrierUpsFormat();

	@Test
	void readsTheCustomsReleaseAsUtcBecauseTheUsHasSeveralZones() {
		ParseResult result = parse(ups, "ups__TrackingResponseJSON.json");

		assertThat(rows(result))
			.containsExactly("actual | customs-released | SR | 2021-02-10T07:13:56Z | 07470 Wayne, US | assumed UTC");
		assertCommon(result, "UPS");
		ParsedEvent event = result.events().get(0);
		assertThat(event.position()).isEqualTo("/trackResponse/shipment/0/package/0/activity/0");
		assertThat(event.carrierReason()).isEqualTo("Your package was released by the customs agency.");
		assertThat(event.references()).containsExactly(tracking("1Z023E2X0214323462"), other("ShipRef123"));
		assertThat(event.details()).containsEntry("status-type", "X").containsEntry("slic", "8566");
		assertThat(event.externalId()).isNull();
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void refusesAnInvalidNumberWithUpsCode() {
		UnreadableFile refused = refused(ups, "ups__InvalidTrackingNumberResponseJSON.json");

		assertThat(refused.position()).isEqualTo("/response/errors/0");
		assertThat(refused.reason().english()).isEqualTo(carrierError("UPS", "Invalid inquiry number", "TV1002"));
	}

	@Test
	void refusesANumberNotFoundWithUpsWarning() {
		UnreadableFile refused = refused(ups, "ups__TrackingNumberNotFoundResponseJSON.json");

		assertThat(refused.position()).isEqualTo("/trackResponse/shipment/0/warnings/0");
		assertThat(refused.reason().english())
			.isEqualTo(carrierError("UPS", "Tracking Information Not Found", "TW0001"));
	}

	@Test
	void usesTheGmtOffsetWhenUpsGivesOne() {
		byte[] json = """
				{"trackResponse":{"shipment":[{"inquiryNumber":"1Z999AA10123456784","package":[{"activity":[
				{"date":"20240301","time":"143000","gmtOffset":"-05:00",
				 "location":{"address":{"city":"ATLANTA","countryCode":"US"}},
				 "status":{"code":"KB","type":"D","description":"DELIVERED"}}]}]}]}}
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		ParseResult result = ups.parse(json);

		assertThat(rows(result))
			.containsExactly("actual | delivered | KB | 2024-03-01T19:30:00Z | ATLANTA, US | -05:00");
	}

}
