package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Deskhand's native JSON of tracking events, read without Spring. */
class JsonFormatTests {

	private final JsonFormat format = new JsonFormat();

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsEveryFieldOfTheDocumentedSchema() {
		ParseResult r = format.parse(bytes("""
				{"events": [{
				  "external_id": "evt-1",
				  "references": [{"type": "container", "value": "MSKU 907032-3"}, "BK-778812"],
				  "status": "discharged",
				  "carrier_code": "DISC",
				  "carrier_reason": "Discharged at terminal",
				  "classifier": "ACT",
				  "event_time": "2026-03-01T14:30:00+01:00",
				  "location": {"unlocode": "dkaar", "name": "Aarhus"},
				  "carrier": "MAEU",
				  "mode": "ocean",
				  "retracts": "evt-0",
				  "customer": "Lego",
				  "details": {"vessel": "Emma Maersk", "voyage": 123}
				}]}"""));
		assertThat(r.rejected()).isEmpty();
		assertThat(r.events()).hasSize(1);
		ParsedEvent e = r.events().getFirst();
		assertThat(e.position()).isEqualTo("/events/0");
		assertThat(e.externalId()).isEqualTo("evt-1");
		assertThat(e.references()).containsExactly(
				new ParsedEvent.RawReference(ReferenceType.CONTAINER, "MSKU 907032-3"),
				new ParsedEvent.RawReference(null, "BK-778812"));
		assertThat(e.status()).isEqualTo(TrackingStatus.DISCHARGED);
		assertThat(e.carrierCode()).isEqualTo("DISC");
		assertThat(e.carrierReason()).isEqualTo("Discharged at terminal");
		assertThat(e.classifier()).isEqualTo(Classifier.ACTUAL);
		assertThat(e.eventTime()).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
		assertThat(e.zoneUsed()).isEqualTo("+01:00");
		assertThat(e.location()).isEqualTo(new ParsedEvent.Location("DKAAR", "Aarhus", "DK"));
		assertThat(e.carrier()).isEqualTo("MAEU");
		assertThat(e.mode()).isEqualTo(TransportMode.OCEAN);
		assertThat(e.retracts()).isEqualTo("evt-0");
		assertThat(e.details()).containsEntry("vessel", "Emma Maersk")
			.containsEntry("voyage", "123")
			.containsEntry("customer", "Lego");
	}

	@Test
	void aBareArrayWithDefaultsIsReadToo() {
		ParseResult r = format.parse(bytes(
				"[{\"reference\": \"4711\", \"status\": \"Zugestellt\", \"event_time\": \"2026-03-02T08:00Z\"}]"));
		ParsedEvent e = r.events().getFirst();
		assertThat(e.position()).isEqualTo("/0");
		assertThat(e.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(e.carrierCode()).as("the word as written when no carrier code is given").isEqualTo("Zugestellt");
		assertThat(e.classifier()).isEqualTo(Classifier.ACTUAL);
		assertThat(e.zoneUsed()).isEqualTo("Z");
		assertThat(e.externalId()).isNull();
		assertThat(e.location()).isNull();
	}

	@Test
	void aBadEventIsRejectedAtItsPointerAndTheOthersAreRead() {
		ParseResult r = format.parse(
				bytes("""
						{"events": [
						  {"reference": "A1", "status": "delivered", "event_time": "2026-03-02T08:00:00Z"},
						  {"reference": "A2", "status": "teleported", "event_time": "2026-03-02T08:00:00Z"},
						  {"reference": "A3", "status": "delivered", "event_time": "2026-03-02 08:00"},
						  {"reference": "A4", "event_time": "2026-03-02T08:00:00Z"},
						  {"reference": {"type": "parcel", "value": "x"}, "status": "info", "event_time": "2026-03-02T08:00:00Z"},
						  "not an object",
						  {"reference": "A7", "status": "arrived", "event_time": "2026-03-02T08:00:00Z", "location": {"unlocode": "Aarhus"}}
						]}"""));
		assertThat(r.events()).extracting(ParsedEvent::position).containsExactly("/events/0");
		assertThat(r.rejected()).extracting(Rejection::position)
			.containsExactly("/events/1/status", "/events/2/event_time", "/events/3/status", "/events/4/reference/type",
					"/events/5", "/events/6/location/unlocode");
		assertThat(r.rejected().getFirst().reason().key()).isEqualTo("ingest.reject.json.status");
		assertThat(r.rejected().getFirst().reason().english()).contains("teleported");
		assertThat(r.rejected().get(2).reason().english()).contains("status");
	}

	@Test
	void somethingThatIsNotJsonIsUnreadableAtItsLine() {
		assertThatThrownBy(() -> format.parse(bytes("{\"events\": [\n{\"status\": \n,,]}")))
			.isInstanceOfSatisfying(UnreadableFile.class, e -> {
				assertThat(e.position()).isEqualTo("3");
				assertThat(e.reason().key()).isEqualTo("ingest.reject.json.syntax");
			});
		assertThatThrownBy(() -> format.parse(bytes("{\"shipments\": []}")))
			.isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.position()).isEqualTo("/"));
	}

	@Test
	void recognisesJsonFromItsFirstCharacter() {
		assertThat(format.recognises(bytes("\uFEFF  {\"events\": []}"))).isTrue();
		assertThat(format.recognises(bytes("reference,status\n"))).isFalse();
		assertThat(format.recognises(new byte[0])).isFalse();
	}

	@Property(tries = 1000)
	void arbitraryBytesAreReadOrRefusedWithAPosition(@ForAll @Size(max = 300) byte[] content) {
		try {
			ParseResult r = format.parse(content);
			r.rejected().forEach(x -> assertThat(x.position()).isNotBlank());
		}
		catch (UnreadableFile e) {
			assertThat(e.position()).isNotBlank();
		}
	}

	@Property(tries = 500)
	void arbitraryEventObjectsNeverCrash(@ForAll @Size(max = 6) Map<String, String> fields) {
		StringBuilder s = new StringBuilder("[{");
		fields.forEach((k, v) -> s.append(s.length() > 2 ? "," : "")
			.append(JsonFormatTests.quote(k))
			.append(':')
			.append(JsonFormatTests.quote(v)));
		s.append("}]");
		ParseResult r = format.parse(bytes(s.toString()));
		assertThat(r.events().size() + r.rejected().size()).isEqualTo(1);
	}

	private static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
