package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.TrackingStatus;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Deskhand's CSV of tracking events, read without Spring. */
class CsvFormatTests {

	private final CsvFormat format = new CsvFormat();

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void recognisesColumnsByCommonHeaderNames() {
		ParseResult r = format.parse(
				bytes("""
						Shipment Ref,Container No,STATUS,UN/LOCODE,Event Time,Source,External ID,Carrier,Reason
						S-1042,MSKU9070323,Discharged,DKAAR,2026-03-01T14:30:00+01:00,acme-feed,e-17,MAEU,"Discharged, terminal 2"
						"""));
		assertThat(r.rejected()).isEmpty();
		ParsedEvent e = r.events().getFirst();
		assertThat(e.position()).isEqualTo("2");
		assertThat(e.references()).containsExactly(new ParsedEvent.RawReference(null, "S-1042"),
				new ParsedEvent.RawReference(ReferenceType.CONTAINER, "MSKU9070323"));
		assertThat(e.status()).isEqualTo(TrackingStatus.DISCHARGED);
		assertThat(e.carrierCode()).isEqualTo("Discharged");
		assertThat(e.carrierReason()).isEqualTo("Discharged, terminal 2");
		assertThat(e.classifier()).isEqualTo(Classifier.ACTUAL);
		assertThat(e.eventTime()).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
		assertThat(e.zoneUsed()).isEqualTo("+01:00");
		assertThat(e.location()).isEqualTo(new ParsedEvent.Location("DKAAR", null, "DK"));
		assertThat(e.externalId()).isEqualTo("e-17");
		assertThat(e.carrier()).isEqualTo("MAEU");
		assertThat(e.details()).containsEntry("source", "acme-feed");
		assertThat(e.raw()).startsWith("S-1042,MSKU9070323");
	}

	@Test
	void danishAndGermanHeadersAndStatusWordsWithSemicolons() {
		ParseResult da = format.parse(bytes("""
				Forsendelse;Status;Sted;Tidspunkt;Klassifikation
				4711;Leveret;Aarhus;2026-03-02 09:15:00+01:00;faktisk
				4712;Forsinket;DKCPH;2026-03-02 10:00Z;forventet
				"""));
		assertThat(da.rejected()).isEmpty();
		assertThat(da.events()).extracting(ParsedEvent::status)
			.containsExactly(TrackingStatus.DELIVERED, TrackingStatus.DELAYED);
		assertThat(da.events().getFirst().location()).isEqualTo(new ParsedEvent.Location(null, "Aarhus", null));
		assertThat(da.events().get(1).classifier()).isEqualTo(Classifier.ESTIMATED);
		ParseResult de = format.parse(
				"Sendungsnummer;Ereignis;Ort;Zeitpunkt\r\n00340434161234567890;Zugestellt;DEHAM;2026-03-02T09:15:00+01:00\r\n"
					.getBytes(Charset.forName("windows-1252")));
		assertThat(de.events()).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(TrackingStatus.DELIVERED);
			assertThat(e.position()).isEqualTo("2");
		});
	}

	@Test
	void aBadLineIsRejectedWithItsLineNumberAndTheOthersAreRead() {
		ParseResult r = format.parse(bytes("""
				reference,status,event_time
				A1,delivered,2026-03-02T08:00:00Z
				A2,beamed up,2026-03-02T08:00:00Z
				"A3
				continued",delivered,yesterday

				A5,,2026-03-02T08:00:00Z
				A6,Zugestellt,2026-03-02T08:00:00Z
				"""));
		assertThat(r.events()).extracting(ParsedEvent::position).containsExactly("2", "8");
		assertThat(r.rejected()).extracting(Rejection::position).containsExactly("3", "4", "7");
		assertThat(r.rejected().getFirst().reason().english()).contains("beamed up");
		assertThat(r.rejected().get(1).reason().key()).isEqualTo("ingest.reject.csv.time");
	}

	@Test
	void aMappingNamesColumnsWhoseHeadersAreNotKnown() {
		CsvFormat mapped = new CsvFormat(new CsvMapping(
				Map.of("Sendung", "reference", "Wann", "event_time", "Was", "status", "Behälter", "container")));
		ParseResult r = mapped
			.parse(bytes("Sendung,Wann,Was,Behälter\nX9,2026-03-02T08:00:00Z,delivered,MSKU9070323\n"));
		assertThat(r.events()).singleElement()
			.satisfies(e -> assertThat(e.references()).containsExactly(new ParsedEvent.RawReference(null, "X9"),
					new ParsedEvent.RawReference(ReferenceType.CONTAINER, "MSKU9070323")));
		assertThatThrownBy(() -> mapped.parse(bytes("Sendung,Wann\nX9,2026-03-02T08:00:00Z\n")))
			.isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.position()).isEqualTo("1"));
	}

	@Test
	void withoutStatusOrTimeColumnsNothingCanBeRead() {
		assertThatThrownBy(() -> format.parse(bytes("reference,when\nA1,2026-03-02T08:00:00Z\n")))
			.isInstanceOfSatisfying(UnreadableFile.class, e -> {
				assertThat(e.position()).isEqualTo("1");
				assertThat(e.reason().english()).contains("status");
			});
		assertThatThrownBy(() -> format.parse(new byte[0])).isInstanceOf(UnreadableFile.class);
	}

	@Test
	void recognisesACsvOfEventsByItsHeader() {
		assertThat(format.recognises(bytes("Reference;Status;Event time\n"))).isTrue();
		assertThat(format.recognises(bytes("name,email\n"))).isFalse();
		assertThat(format.recognises(bytes("{\"events\":[]}"))).isFalse();
	}

	@Property(tries = 1000)
	void arbitraryBytesAreReadOrRefusedWithAPosition(@ForAll @Size(max = 300) byte[] content) {
		check(format, content);
	}

	@Property(tries = 1000)
	void arbitraryLinesUnderAGoodHeaderAreReadOrRejectedWithTheirLine(@ForAll @StringLength(max = 200) String body) {
		ParseResult r = format.parse(bytes("reference,status,event_time,location\n" + body));
		r.rejected().forEach(x -> assertThat(Integer.parseInt(x.position())).isGreaterThan(1));
		r.events().forEach(x -> assertThat(Integer.parseInt(x.position())).isGreaterThan(1));
	}

	private static void check(EventFormat format, byte[] content) {
		try {
			ParseResult r = format.parse(content);
			r.rejected().forEach(x -> assertThat(x.position()).isNotBlank());
		}
		catch (UnreadableFile e) {
			assertThat(e.position()).isNotBlank();
		}
	}

}
