package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.EdiTestSupport.assertEvents;
import static dev.deskhand.shipments.ingest.EdiTestSupport.expect;
import static dev.deskhand.shipments.ingest.EdiTestSupport.place;
import static dev.deskhand.shipments.ingest.EdiTestSupport.ref;
import static dev.deskhand.shipments.ingest.EdiTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the EDIFACT samples: the expected values were read from the sample by
 * hand (zones in {@link EdiZones}, status words in {@link IftstaCodes}).
 */
class IftstaFormatTests {

	private final IftstaFormat iftsta = new IftstaFormat();

	@Test
	void readsTheRailDepartureAtSyracuseNotTheLegsPortsAndReportsTheUnzMismatch() {
		ParseResult result = iftsta.parse(sample("apimeister_edifact_types", "d00b_iftsta.edi"));

		// DTM+334 202211190710 (203) local at LOC+175 USSYR: EST, UTC-5. The LOC
		// 9/11/29/7
		// and DTM 186/178/133/132 after the TDT are the rail leg's, not the event's.
		assertEvents(result.events(),
				List.of(expect("14", TrackingStatus.DEPARTED, "P", "Rail Departed from In-Transit Locat",
						Classifier.ACTUAL, "2022-11-19T12:10:00Z", "America/New_York", place("USSYR", "SYRACUSE", "US"),
						List.of(ref(ReferenceType.BILL_OF_LADING, "ABCD224O4023815X"),
								ref(ReferenceType.BOOKING, "24O4023815"), ref(ReferenceType.CONTAINER, "TRHU4561222"),
								ref(ReferenceType.ORDER, "2023521591"), ref(null, "31075687")),
						"ABCD", TransportMode.RAIL)));
		assertThat(result.events().get(0).details()).containsEntry("transport", "CSX TRANSPORTATION")
			.containsEntry("DTM 132", "202211210600")
			.containsEntry("LOC 9", "COCTG SOCIEDAD PORTUARIA DE CARTAGEN, , CO")
			.containsEntry("RFF 4F", "100113938");
		// UNZ+1+2805570 does not match UNB's 2803570
		assertThat(result.rejected()).containsExactly(new Rejection("33",
				Text.of("ingest.reject.edi.envelope-control", 33, "2805570", "UNZ", "2803570", "UNB")));
	}

	@Test
	void rejectsTheBayplanByName() {
		UnreadableFile e = catchThrowableOfType(UnreadableFile.class,
				() -> iftsta.parse(sample("apimeister_edifact_types", "d04b_baplie.edi")));
		assertThat(e.position()).isEqualTo("2");
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.edifact-other", "BAPLIE",
				"Bayplan/stowage plan occupied and empty locations"));
	}

	@Test
	void rejectsTheLoadingOrderWithoutUnbByName() {
		UnreadableFile e = catchThrowableOfType(UnreadableFile.class,
				() -> iftsta.parse(sample("apimeister_edifact_types", "d95b_coprar.edi")));
		assertThat(e.position()).isEqualTo("1");
		assertThat(e.reason())
			.isEqualTo(Text.of("ingest.reject.edi.edifact-other", "COPRAR", "Container discharge/loading order"));
	}

	private static final String UNB = "UNA:+.? 'UNB+UNOC:3+SENDER:ZZZ+RECEIVER:ZZZ+240301:1200+REF1'";

	private static final String MESSAGE = "UNH+M1+IFTSTA:D:01B:UN'BGM+23+DOC1+9'CNI+1+HBL1'"
			+ "STS+1+AE::ZZZ:Loaded on vessel'RFF+BN:BOOK1'DTM+334:20240301143000:204'LOC+175+DKAAR::6:Aarhus'"
			+ "TDT+20+V123+1++MAEU:172'LOC+11+USNYC'DTM+132:202403151200:203'EQD+CN+MSKU1234565'UNT+12+M1'";

	@Test
	void readsAnOceanLoadingAtAarhusInDanishSummerTime() {
		ParseResult result = iftsta.parse((UNB + MESSAGE + "UNZ+1+REF1'").getBytes(StandardCharsets.UTF_8));

		// UNA is no segment: UNB 1, UNH 2, BGM 3, CNI 4, STS 5; 2024-03-01 is CET, UTC+1
		assertEvents(result.events(),
				List.of(expect("5", TrackingStatus.LOADED, "AE", "Loaded on vessel", Classifier.ACTUAL,
						"2024-03-01T13:30:00Z", "Europe/Copenhagen", place("DKAAR", "Aarhus", "DK"),
						List.of(ref(ReferenceType.BOOKING, "BOOK1"), ref(ReferenceType.CONTAINER, "MSKU1234565")),
						"MAEU", TransportMode.OCEAN)));
		assertThat(result.events().get(0).details()).containsEntry("LOC 11", "USNYC").containsEntry("voyage", "V123");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void rejectsTheMessageWhoseUntCountIsWrong() {
		String bad = MESSAGE.replace("UNT+12+M1", "UNT+11+M1");
		ParseResult result = iftsta.parse((UNB + bad + "UNZ+1+REF1'").getBytes(StandardCharsets.UTF_8));

		assertThat(result.events()).isEmpty();
		assertThat(result.rejected())
			.containsExactly(new Rejection("13", Text.of("ingest.reject.edi.set-count", 13, "UNT", "11", 12)));
	}

	@Test
	void refusesAnInterchangeCutOff() {
		String text = UNB + MESSAGE;
		byte[] cut = text.substring(0, text.indexOf("EQD+CN") + 8).getBytes(StandardCharsets.UTF_8);

		UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> iftsta.parse(cut));
		assertThat(e.position()).isEqualTo("12");
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.truncated", 12, "UNZ"));
	}

	@Test
	void refusesTheFileWhoseUnzCountIsWrong() {
		UnreadableFile e = catchThrowableOfType(UnreadableFile.class,
				() -> iftsta.parse((UNB + MESSAGE + "UNZ+2+REF1'").getBytes(StandardCharsets.UTF_8)));
		assertThat(e.position()).isEqualTo("14");
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.envelope-count", 14, "UNZ", "2", 1));
	}

	@Test
	void takesAnExplicitOffsetAsWritten() {
		String message = MESSAGE.replace("DTM+334:20240301143000:204", "DTM+334:202403011430?+0200:205");
		ParseResult result = iftsta.parse((UNB + message + "UNZ+1+REF1'").getBytes(StandardCharsets.UTF_8));

		assertThat(result.events()).singleElement().satisfies(e -> {
			assertThat(e.eventTime()).hasToString("2024-03-01T12:30:00Z");
			assertThat(e.zoneUsed()).isEqualTo("+02:00");
		});
	}

	@Test
	void anEstimateWithoutTheEventsPlaceKeepsItsTimeAsUtcAndSaysSo() {
		String message = "UNH+M2+IFTSTA:D:96A:UN'BGM+23+DOC2+9'CNI+1'STS+1+ZZ1::ZZZ:Estimated arrival'"
				+ "LOC+5+DEHAM'DTM+132:202406011200:203'UNT+7+M2'";
		ParseResult result = iftsta.parse((UNB + message + "UNZ+1+REF1'").getBytes(StandardCharsets.UTF_8));

		// LOC 5 (place of departure) is not the event's place, so no zone can be told
		assertEvents(result.events(), List.of(expect("5", TrackingStatus.ARRIVED, "ZZ1", "Estimated arrival",
				Classifier.ESTIMATED, "2024-06-01T12:00:00Z", EdiZones.UNKNOWN, null, List.of(), null, null)));
		assertThat(result.events().get(0).details()).containsEntry("LOC 5", "DEHAM");
	}

	@Test
	void recognisesEdifactOnly() {
		assertThat(iftsta.recognises(sample("apimeister_edifact_types", "d00b_iftsta.edi"))).isTrue();
		assertThat(iftsta.recognises(sample("apimeister_x12_types", "test_214_1.edi"))).isFalse();
		assertThat(iftsta.recognises("{\"events\":[]}".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

}
