package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the bytes, a carrier format answers with events and rejections or refuses the
 * file with {@link UnreadableFile}; it never throws anything else, and its
 * {@code recognises} never throws at all.
 */
class CarrierFormatProperties {

	private static final List<EventFormat> FORMATS = CarrierFormats.all();

	private static final List<String> SAMPLES = List.of("dhl_universal__TrackingResponseJSON.json",
			"mydhl__TrackingResponse.json", "dhl_express__TrackingResponseXML.xml",
			"dhl_parcel_de__TrackingResponseXML.xml", "ups__TrackingResponseJSON.json", "fedex__TrackingResponse.json",
			"gls__TrackingResponse.json", "dpd__TrackingResponse.xml", "hermes__TrackingResponse.json",
			"laposte__TrackingResponse.json", "usps__TrackingResponse.json", "bpost__TrackingResponse.xml",
			"parcelone__TrackingResponseJSON.json", "smartkargo__PartnerTrackingResponse.json",
			"landmark__MIDNIGHT_TIME_SORTING_RESPONSE_XML.xml", "asendia__TrackingResponse.json",
			"australiapost__TrackingResponse.json", "purolator__TRACKING_RESPONSE_XML.xml",
			"seko__TrackingResponse.json", "sendle__TrackingResponse.json", "spring__TrackingResponse.json",
			"teleship__TrackingResponse.json");

	@Property(tries = 200)
	void arbitraryBytesNeverThrowAnythingButUnreadableFile(@ForAll byte[] bytes) {
		FORMATS.forEach(format -> assertReadOrRefused(format, bytes));
	}

	@Property(tries = 100)
	void jsonAndXmlLookalikesNeverThrowAnythingButUnreadableFile(@ForAll("lookalikes") String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		FORMATS.forEach(format -> assertReadOrRefused(format, bytes));
	}

	@Property(tries = 100)
	void damagedSamplesNeverThrowAnythingButUnreadableFile(@ForAll("samples") String sample,
			@ForAll @IntRange(min = 0, max = 30_000) int cut, @ForAll @IntRange(min = 0, max = 30_000) int at,
			@ForAll byte replacement) {
		byte[] original = CarrierFixtures.bytes(sample);
		byte[] damaged = Arrays.copyOf(original, Math.min(cut, original.length));
		if (damaged.length > 0) {
			damaged[at % damaged.length] = replacement;
		}
		FORMATS.forEach(format -> assertReadOrRefused(format, damaged));
	}

	@Provide
	Arbitrary<String> samples() {
		return Arbitraries.of(SAMPLES);
	}

	/** Text built of the tokens the carriers' responses are made of. */
	@Provide
	Arbitrary<String> lookalikes() {
		return Arbitraries
			.of("{", "}", "[", "]", ":", ",", "\"", "<", ">", "/", "=", " ", "\"shipments\"", "\"events\"",
					"\"trackResponse\"", "\"shipment\"", "\"package\"", "\"activity\"", "\"parcels\"", "\"requested\"",
					"\"transactionId\"", "\"output\"", "\"completeTrackResults\"", "\"trackResults\"", "\"scanEvents\"",
					"\"date\"", "\"time\"", "\"timestamp\"", "\"status\"", "\"code\"", "\"errors\"", "\"error\"",
					"\"trackingEvents\"", "\"mailClass\"", "\"shipmentinfo\"", "\"shipmentID\"", "\"returnCode\"",
					"\"idShip\"", "\"event\"", "null", "1", "\"x\"", "\"2024-13-45T99:00:00\"",
					"data name=\"piece-shipment-list\"", "AWBInfo", "ShipmentEvent",
					"TrackingResponse xmlns=\"http://www.dhl.com\"", "statusInfo",
					"http://dpd.com/common/service/types/", "itemTracking", "stateInfo", "\"trackingNumber\"",
					"\"carrierEventDescription\"", "\"tracking_results\"", "\"trackable_items\"", "\"items\"",
					"TrackPackagesByPinResponse xmlns=\"http://purolator.com/pws/datatypes/v1\"", "Scan",
					"\"ConsignmentNo\"", "\"OmniCode\"", "\"Events\"", "\"tracking_events\"", "\"scan_time\"",
					"\"ErrorLevel\"", "\"Shipment\"", "\"Timestamp\"", "99999999999999999999", "\"shipmentId\"",
					"\"shipTo\"", "\"lastMile\"", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;")
			.list()
			.ofMaxSize(60)
			.map(tokens -> String.join("", tokens));
	}

	private static void assertReadOrRefused(EventFormat format, byte[] bytes) {
		assertThat(format.recognises(bytes)).isIn(true, false);
		try {
			ParseResult result = format.parse(bytes);
			assertThat(result.format()).isEqualTo(format.name());
		}
		catch (UnreadableFile refused) {
			assertThat(refused.position()).isNotBlank();
			assertThat(refused.reason().key()).startsWith("ingest.reject.");
		}
	}

}
