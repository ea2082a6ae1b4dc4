package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the bytes, the DCSA parser answers or refuses with a position, and never
 * crashes.
 */
class DcsaFormatProperties {

	private final DcsaFormat format = new DcsaFormat();

	@Property(tries = 300)
	void arbitraryBytesAreReadOrRefusedWithAPosition(@ForAll byte[] content) {
		parseOrRefuse(content);
	}

	@Property(tries = 600)
	void arbitraryJsonIsReadOrRefusedWithAPosition(@ForAll("json") String json) {
		ParseResult result = parseOrRefuse(json.getBytes(StandardCharsets.UTF_8));
		if (result != null) {
			assertThat(result.rejected()).allSatisfy(r -> assertThat(r.reason().english()).isNotBlank());
			// the reader's safety net never had to catch anything
			assertThat(result.rejected()).noneMatch(r -> r.reason().key().equals("ingest.reject.dcsa.unreadable"));
			assertThat(result.events()).allSatisfy(e -> assertThat(e.position()).doesNotContain(" "));
		}
	}

	private ParseResult parseOrRefuse(byte[] content) {
		format.recognises(content);
		try {
			return format.parse(content);
		}
		catch (UnreadableFile refused) {
			assertThat(refused.position()).isNotBlank();
			assertThat(refused.reason().english()).isNotBlank();
			return null;
		}
	}

	/**
	 * JSON shaped like DCSA events: their field names and codes, with values of any type.
	 */
	@Provide
	Arbitrary<String> json() {
		return value(3).map(String::valueOf);
	}

	private static final List<String> NAMES = List.of("eventID", "eventType", "eventClassifierCode", "eventDateTime",
			"eventCreatedDateTime", "metadata", "payload", "eventClassification", "eventTypeCode",
			"transportEventTypeCode", "equipmentEventTypeCode", "shipmentEventTypeCode", "transportCall", "location",
			"eventLocation", "UNLocationCode", "locationName", "references", "documentReferences", "events",
			"retractedEventID", "isRetracted", "equipmentReference", "emptyIndicatorCode", "modeOfTransport",
			"delayReasonCodes", "transportDetails", "shipmentDetails", "documentReference", "typeCode", "reference",
			"x");

	private static final List<String> TEXTS = List.of("\"SHIPMENT\"", "\"TRANSPORT\"", "\"EQUIPMENT\"", "\"IOT\"",
			"\"ACT\"", "\"EST\"", "\"ARRI\"", "\"LOAD\"", "\"PICK\"", "\"CONF\"", "\"BKG\"", "\"EQ\"", "\"VESSEL\"",
			"\"2021-01-09T14:12:56+01:00\"", "\"2021-01-09T14:12:56\"", "\"2099-01-01T00:00:00Z\"", "\"DKAAR\"",
			"\"XYABC\"", "\"3cecb101-7a1a-43a4-9d62-e88a131651e2\"", "\"\"", "12", "-1.5e300", "true", "null",
			"\"~/\\u0000\"");

	private static Arbitrary<Object> value(int depth) {
		Arbitrary<Object> leaf = Arbitraries.of(TEXTS).map(t -> t);
		if (depth == 0) {
			return leaf;
		}
		Arbitrary<Object> array = value(depth - 1).list()
			.ofMaxSize(4)
			.map(values -> "[" + String.join(",", values.stream().map(String::valueOf).toList()) + "]");
		Arbitrary<Object> object = Arbitraries.maps(Arbitraries.of(NAMES), value(depth - 1))
			.ofMaxSize(6)
			.map(fields -> "{"
					+ String.join(",",
							fields.entrySet().stream().map(f -> "\"" + f.getKey() + "\":" + f.getValue()).toList())
					+ "}");
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(3, array),
				net.jqwik.api.Tuple.of(5, object));
	}

}
