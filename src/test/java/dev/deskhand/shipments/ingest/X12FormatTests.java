package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.EdiTestSupport.assertEvents;
import static dev.deskhand.shipments.ingest.EdiTestSupport.expect;
import static dev.deskhand.shipments.ingest.EdiTestSupport.place;
import static dev.deskhand.shipments.ingest.EdiTestSupport.ref;
import static dev.deskhand.shipments.ingest.EdiTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.EdiTestSupport.Expected;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests of the X12 214 and 315 samples: every expected value below was read from
 * the sample by hand (code lists in {@link X12Codes}, zones in {@link EdiZones}).
 */
class X12FormatTests {

	private final X12Format x12 = new X12Format();

	private static final String PS = "PS -08:00";

	@Test
	void readsEveryAt7OfThe214WithItsLoopsReferencesAndReportsTheMismatchedIeaControlNumber() {
		ParseResult result = x12.parse(sample("apimeister_x12_types", "test_214_1.edi"));

		List<Expected> expected = new ArrayList<>();
		String[][] loops = { { "99997666", "2011-12-22T15:45:00Z", "2011-12-22T15:45:00Z", "2011-12-22T15:45:00Z" },
				{ "99990835", "2011-12-18T19:00:00Z", "2011-12-18T19:00:00Z", "2011-12-19T19:00:00Z" },
				{ "99991280", "2011-12-18T11:30:00Z", "2011-12-19T12:30:00Z", "2011-12-19T12:30:00Z" } };
		int at = 6;
		for (String[] loop : loops) {
			List<RawReference> refs = List.of(ref(null, "995551"), ref(null, "99948782"), ref(null, loop[0]));
			expected
				.add(expect(String.valueOf(at), TrackingStatus.PICKED_UP, "AA", "Pick-up Appointment Date and/or Time",
						Classifier.PLANNED, "2011-12-17T16:30:00Z", PS, null, refs, "XXXX", null));
			expected.add(expect(String.valueOf(at + 1), TrackingStatus.INFO, "X3", "Arrived at Pick-up Location",
					Classifier.ACTUAL, "2011-12-17T17:30:00Z", PS, null, refs, "XXXX", null));
			expected.add(
					expect(String.valueOf(at + 2), TrackingStatus.LOADED, "CP", "Completed Loading at Pick-up Location",
							Classifier.ACTUAL, "2011-12-17T17:30:00Z", PS, null, refs, "XXXX", null));
			expected.add(expect(String.valueOf(at + 3), TrackingStatus.DELIVERED, "AB",
					"Delivery Appointment Date and/or Time", Classifier.PLANNED, loop[1], PS, null, refs, "XXXX",
					null));
			expected.add(expect(String.valueOf(at + 4), TrackingStatus.ARRIVED, "X1",
					"Arrived at Delivery Location; Customer Requested Future Delivery", Classifier.ACTUAL, loop[2], PS,
					null, refs, "XXXX", null));
			expected.add(expect(String.valueOf(at + 5), TrackingStatus.DELIVERED, "D1",
					"Completed Unloading at Delivery Location", Classifier.ACTUAL, loop[3], PS, null, refs, "XXXX",
					null));
			at += 8;
		}
		assertEvents(result.events(), expected);
		// IEA02 000002510 is not ISA13 000003438: reported, the checked sets are kept
		assertThat(result.rejected()).containsExactly(new Rejection("31",
				Text.of("ingest.reject.edi.envelope-control", 31, "000002510", "IEA", "000003438", "ISA")));
	}

	@Test
	void readsThe214WhoseSegmentsEndWithAnEllipsisAndTakesThePartiesPlaces() {
		ParseResult result = x12.parse(sample("staedi", "ts214_ellipses_segterm.edi"));

		List<RawReference> refs = List.of(ref(null, "0542550913"), ref(null, "7727019"),
				ref(ReferenceType.ORDER, "900169"));
		assertEvents(result.events(),
				List.of(expect("16", TrackingStatus.DELIVERED, "AG", "Estimated Delivery", Classifier.ESTIMATED,
						"2020-09-11T15:59:00Z", "ET America/New_York", place(null, "ORLANDO, FL", null), refs, "XXXX",
						null),
						expect("19", TrackingStatus.PICKED_UP, "AF", "Carrier Departed Pick-up Location with Shipment",
								Classifier.ACTUAL, "2020-09-10T15:35:00Z", "ET America/New_York",
								place(null, "CARTERSVILLE, GA", null), refs, "XXXX", null)));
		assertThat(result.events().get(1).details()).containsEntry("equipment", "XXXX 902577");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void padsTheTrimmedIsaAndRejectsTheSetWhoseSeControlNumberCarriesANote() {
		// test_214_2 trims the ISA's fixed-width fields ("*00* *00* *02*SCAC *"), and its
		// first SE reads "001 N/L" for the ST's "001"
		ParseResult result = x12.parse(sample("apimeister_x12_types", "test_214_2.edi"));

		assertThat(result.rejected()).containsExactly(
				new Rejection("15", Text.of("ingest.reject.edi.set-control", 15, "001 N/L", "SE", "001", "ST")));
		assertEvents(
				result.events(), List.of(expect("24", TrackingStatus.DELIVERED, "D1",
						"Completed Unloading at Delivery Location", Classifier.ACTUAL, "2006-03-01T16:30:00Z",
						"LT " + EdiZones.UNKNOWN, null, List.of(ref(null, "1234567"),
								ref(ReferenceType.TRACKING_NUMBER, "123456789"), ref(null, "30011622")),
						"SCAC", null)));
	}

	@ParameterizedTest
	@CsvSource({ "004010_315.edi", "test_315_1.edi", "test_315_2.edi" })
	void readsTheB4OfThe315AndKeepsThePortLegsOutOfItsPlace(String file) {
		ParseResult result = x12.parse(sample("apimeister_x12_types", file));

		assertEvents(result.events(), List.of(expect(
				"4", TrackingStatus.ARRIVED, "VA", "Vessel Arrival", Classifier.ACTUAL, "2022-09-01T08:07:00Z",
				EdiZones.UNKNOWN, place(null, "LOCKBOURNE", null), List.of(ref(ReferenceType.CONTAINER, "GMCU6094137"),
						ref(ReferenceType.BILL_OF_LADING, "21001ASK5V9U"), ref(ReferenceType.BOOKING, "1NAN910141")),
				null, TransportMode.OCEAN)));
		assertThat(result.events().get(0).details()).containsEntry("vessel", "MARIM")
			.containsEntry("voyage", "202N")
			.containsEntry("port L", "USMEM BNSF MEMPHIS RAMP")
			.containsEntry("port E", "USDAL BNSF ALLIANCE RAMP");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void rejectsThe315WhoseSeControlNumberDiffersFromItsSt() {
		ParseResult result = x12.parse(sample("apimeister_x12_types", "test_315_3.edi"));

		assertThat(result.events()).isEmpty();
		assertThat(result.rejected()).containsExactly(
				new Rejection("15", Text.of("ingest.reject.edi.set-control", 15, "33366742", "SE", "33366799", "ST")));
	}

	@Test
	void readsTheDischargeAtManzanilloInLocalTimeWithoutMexicanDaylightSaving() {
		ParseResult result = x12.parse(sample("apimeister_x12_types", "test_315_4.edi"));

		assertEvents(result.events(),
				List.of(expect("4", TrackingStatus.DISCHARGED, "UV", "Unloaded From Vessel", Classifier.ACTUAL,
						"2022-11-21T07:24:00Z", "America/Mexico_City", place("MXZLO", "MANZANILLO", "MX"),
						List.of(ref(ReferenceType.CONTAINER, "MRSU4371639"),
								ref(ReferenceType.BILL_OF_LADING, "SUDUN2SL008733AF"),
								ref(ReferenceType.BOOKING, "2SOL008733")),
						"SUDU", TransportMode.OCEAN)));
		assertThat(result.events().get(0).details()).containsEntry("vessel", "MAERSK STEPNICA")
			.containsEntry("port L", "KRPUS PUSAN NEWPORT CONTAINER")
			.containsEntry("N9 SN", "5512862");
	}

	@Test
	void readsTheStupidedi315WithNewlineTerminatorsAtYantian() {
		ParseResult result = x12.parse(sample("stupidedi", "QO315_pass_1.edi"));

		assertEvents(result.events(), List.of(expect("4", TrackingStatus.GATE_IN, "I", "In-Gate", Classifier.ACTUAL,
				"2019-03-01T21:48:00Z", "Asia/Shanghai", place("CNYTN", "YANTIAN PT", "CN"),
				List.of(ref(ReferenceType.CONTAINER, "DRYU4501934"), ref(ReferenceType.BILL_OF_LADING, "SHZ2573343"),
						ref(ReferenceType.BOOKING, "SHZ2573343"), ref(ReferenceType.ORDER, "P00000283"),
						ref(ReferenceType.ORDER, "P00000284"), ref(ReferenceType.ORDER, "P00000285"),
						ref(ReferenceType.ORDER, "P00000283/284/285"), ref(null, "SZXM0032106"),
						ref(null, "S03118215")),
				"CMDU", TransportMode.OCEAN)));
		assertThat(result.events().get(0).details()).containsEntry("vessel", "CMA CGM ALASKA")
			.containsEntry("port I", "USLAX LOS ANGELES")
			.containsEntry("port I DTM 139", "20190405 0000 LT");
	}

	@ParameterizedTest
	@CsvSource({ "apimeister_x12_types/test_204_1.edi, 3, 204, Motor Carrier Load Tender",
			"apimeister_x12_types/test_204_2.edi, 3, 204, Motor Carrier Load Tender",
			"stupidedi/SM204_case_1.edi, 3, 204, Motor Carrier Load Tender",
			"apimeister_x12_types/004010_310.edi, 3, 310, Freight Receipt and Invoice (Ocean)",
			"apimeister_x12_types/test_310_1.edi, 3, 310, Freight Receipt and Invoice (Ocean)",
			"apimeister_x12_types/test_310_2.edi, 3, 310, Freight Receipt and Invoice (Ocean)",
			"apimeister_x12_types/test_310_3.edi, 3, 310, Freight Receipt and Invoice (Ocean)",
			"apimeister_x12_types/test_322_1.edi, 3, 322, Terminal Operations and Intermodal Ramp Activity",
			"apimeister_x12_types/test_322_2.edi, 3, 322, Terminal Operations and Intermodal Ramp Activity",
			"apimeister_x12_types/test_322_3.edi, 3, 322, Terminal Operations and Intermodal Ramp Activity",
			"apimeister_x12_types/test_322_4.edi, 3, 322, Terminal Operations and Intermodal Ramp Activity",
			"apimeister_x12_types/test_322_5.edi, 3, 322, Terminal Operations and Intermodal Ramp Activity" })
	void rejectsOtherTransactionSetsByName(String file, String position, String type, String name) {
		UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> x12.parse(sample(file.split("/"))));
		assertThat(e.position()).isEqualTo(position);
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.x12-other", type, name));
		assertThat(e.reason().english()).startsWith("Transaction set " + type + " (" + name + ") is not a status");
	}

	@Test
	void readsThroughTheLineBreaksOfTheWrapped210AndRejectsItByName() {
		// ts210_80char wraps every 80 characters, inside the ISA too
		UnreadableFile e = catchThrowableOfType(UnreadableFile.class,
				() -> x12.parse(sample("staedi", "ts210_80char.edi")));
		assertThat(e.position()).isEqualTo("3");
		assertThat(e.reason())
			.isEqualTo(Text.of("ingest.reject.edi.x12-other", "210", "Motor Carrier Freight Details and Invoice"));
	}

	// small interchanges written here: an ISA of the fixed 106 characters, then the sets

	private static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *201101*1200*U*00401*000000001*0*P*>~";

	private static byte[] interchange(String groupBody, int sets) {
		return (ISA + "GS*QM*SENDER*RECEIVER*20201101*1200*7*X*004010~" + groupBody + "GE*" + sets
				+ "*7~IEA*1*000000001~")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static final String GOOD_214 = "ST*214*0001~B10*PRO1*SHIP1*ABCD~LX*1~AT7*X6*NS***20200701*1000*CT~MS1*MEMPHIS*TN*US~SE*6*0001~";

	@Test
	void resolvesCentralTimeByDateAndTakesTheMs1Place() {
		ParseResult result = x12.parse(interchange(GOOD_214, 1));

		assertEvents(result.events(),
				List.of(expect("6", TrackingStatus.DEPARTED, "X6", "En Route to Delivery Location", Classifier.ACTUAL,
						"2020-07-01T15:00:00Z", "CT America/Chicago", place(null, "MEMPHIS, TN", "US"),
						List.of(ref(null, "PRO1"), ref(null, "SHIP1")), "ABCD", null)));
	}

	@Test
	void rejectsTheSetWhoseSeCountIsWrongAndReadsTheNext() {
		String bad = "ST*214*0002~B10*PRO2*SHIP2*ABCD~LX*1~AT7*D1*NS***20200702*0900*UT~SE*9*0002~";
		ParseResult result = x12.parse(interchange(bad + GOOD_214, 2));

		assertThat(result.rejected())
			.containsExactly(new Rejection("7", Text.of("ingest.reject.edi.set-count", 7, "SE", "9", 5)));
		assertThat(result.events()).extracting(ParsedEvent::position).containsExactly("11");
	}

	@Test
	void rejectsAnotherSetByNameInsideAnInterchangeOfStatusSets() {
		String tender = "ST*204*0003~B2**ABCD**LOAD1**PP~SE*3*0003~";
		ParseResult result = x12.parse(interchange(tender + GOOD_214, 2));

		assertThat(result.rejected()).containsExactly(
				new Rejection("3", Text.of("ingest.reject.edi.x12-other", "204", "Motor Carrier Load Tender")));
		assertThat(result.events()).extracting(ParsedEvent::position).containsExactly("9");
	}

	@Test
	void refusesTheFileWhoseGroupCountIsWrong() {
		UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> x12.parse(interchange(GOOD_214, 3)));
		assertThat(e.position()).isEqualTo("9");
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.envelope-count", 9, "GE", "3", 1));
	}

	@Test
	void refusesAnInterchangeCutMidSegment() {
		byte[] whole = interchange(GOOD_214, 1);
		String text = new String(whole, StandardCharsets.UTF_8);
		byte[] cut = text.substring(0, text.indexOf("MS1*MEM") + 6).getBytes(StandardCharsets.UTF_8);

		UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> x12.parse(cut));
		assertThat(e.position()).isEqualTo("7");
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.truncated", 7, "IEA"));
	}

	@Test
	void refusesAnInterchangeWithoutItsIea() {
		String text = new String(interchange(GOOD_214, 1), StandardCharsets.UTF_8);
		byte[] cut = text.substring(0, text.indexOf("IEA")).getBytes(StandardCharsets.UTF_8);

		UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> x12.parse(cut));
		assertThat(e.position()).isEqualTo("10");
		assertThat(e.reason()).isEqualTo(Text.of("ingest.reject.edi.truncated", 10, "IEA"));
	}

	@Test
	void rejectsTheStatusWithAnUnknownTimeCodeAndKeepsTheOthers() {
		String set = "ST*214*0004~B10*PRO4*SHIP4*ABCD~LX*1~AT7*AF*NS***20200701*1000*QQ~AT7*SD*AO***20200701*1200*UT~SE*6*0004~";
		ParseResult result = x12.parse(interchange(set, 1));

		assertThat(result.rejected())
			.containsExactly(new Rejection("6", Text.of("ingest.reject.edi.time-code", 6, "QQ")));
		assertEvents(result.events(), List.of(expect("7", TrackingStatus.DELAYED, "SD",
				"Shipment Delayed; Weather or Natural Disaster Related", Classifier.ACTUAL, "2020-07-01T12:00:00Z",
				"UT Z", null, List.of(ref(null, "PRO4"), ref(null, "SHIP4")), "ABCD", null)));
	}

	@Test
	void aReasonOfDamageOverridesAnArrival() {
		String set = "ST*214*0005~B10*PRO5*SHIP5*ABCD~LX*1~AT7*X4*AK***20200115*0800*ET~SE*5*0005~";
		ParseResult result = x12.parse(interchange(set, 1));

		assertThat(result.events()).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(TrackingStatus.DAMAGED);
			assertThat(e.carrierCode()).isEqualTo("X4");
			assertThat(e.carrierReason()).isEqualTo("Arrived at Terminal Location; Damaged, Rewrapped in Hub");
			// ET in January is EST, UTC-5
			assertThat(e.eventTime()).hasToString("2020-01-15T13:00:00Z");
		});
	}

	@Test
	void takesQualifiedReferencesTheN7ContainerAndTheConsigneesPlaceForADelivery() {
		String set = "ST*214*0006~B10*PRO6*SHIP6*ABCD~L11*BOL6*BM~L11*BKG6*BN~L11*NOTE*ZZ~N1*SH*SENDER CO~N4*DALLAS*TX*75201*US~"
				+ "N1*ST*RECEIVER CO~N4*DENVER*CO*80202*US~LX*1~AT7*D1*NS***20200810*1405*ED~N7*MSKU*1234565~SE*13*0006~";
		ParseResult result = x12.parse(interchange(set, 1));

		assertEvents(result.events(),
				List.of(expect("13", TrackingStatus.DELIVERED, "D1", "Completed Unloading at Delivery Location",
						Classifier.ACTUAL, "2020-08-10T18:05:00Z", "ED -04:00", place(null, "DENVER, CO", "US"),
						List.of(ref(null, "PRO6"), ref(null, "SHIP6"), ref(ReferenceType.BILL_OF_LADING, "BOL6"),
								ref(ReferenceType.BOOKING, "BKG6"), ref(ReferenceType.CONTAINER, "MSKU1234565")),
						"ABCD", null)));
		assertThat(result.events().get(0).details()).containsEntry("L11 ZZ", "NOTE");
	}

	@Test
	void refusesWhatIsNotX12() {
		assertThatThrownBy(() -> x12.parse("hello".getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnreadableFile.class)
			.extracting(e -> ((UnreadableFile) e).position())
			.isEqualTo("1");
		assertThat(x12.recognises(sample("apimeister_x12_types", "test_214_1.edi"))).isTrue();
		assertThat(x12.recognises(sample("apimeister_edifact_types", "d00b_iftsta.edi"))).isFalse();
	}

}
