package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierFixtures.assertCommon;
import static dev.deskhand.shipments.ingest.CarrierFixtures.bytes;
import static dev.deskhand.shipments.ingest.CarrierFixtures.carrierError;
import static dev.deskhand.shipments.ingest.CarrierFixtures.parse;
import static dev.deskhand.shipments.ingest.CarrierFixtures.rows;
import static dev.deskhand.shipments.ingest.CarrierFixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of {@code carrier-purolator} over the Purolator sample, expected by hand.
 */
class CarrierPurolatorFormatTests {

	private static final String SAMPLE = "purolator__TRACKING_RESPONSE_XML.xml";

	private final CarrierPurolatorFormat purolator = new CarrierPurolatorFormat();

	@Test
	void readsBothScansAtTheMontrealDepot() {
		ParseResult result = parse(purolator, SAMPLE);

		// 2004-01-13 172300 without zone; "PQ" is Quebec, so Canada, which has several
		// zones: assumed UTC. The two scans are alike: the ingest stores them once.
		assertThat(rows(result)).containsExactly(
				"actual | info | Other | 2004-01-13T17:23:00Z | MONTREAL SORT CTR/CTR TRIE, PQ, CA | assumed UTC",
				"actual | info | Other | 2004-01-13T17:23:00Z | MONTREAL SORT CTR/CTR TRIE, PQ, CA | assumed UTC");
		assertCommon(result, "Purolator");
		assertThat(result.events()).allSatisfy(e -> assertThat(e.references()).containsExactly(tracking("M123")));
		assertThat(result.events().get(0).carrierReason()).isEqualTo("New Tracking Number Assigned -");
		assertThat(result.events().get(1).position()).isEqualTo(
				"/Envelope/Body[1]/TrackPackagesByPinResponse[1]/TrackingInformationList[1]/TrackingInformation[1]/Scans[1]/Scan[2]");
		assertThat(result.rejected()).isEmpty();
	}

	@Test
	void refusesTheAnswerWhoseResponseInformationHasAnError() {
		// the sample with an error where its <Errors/> is empty (the shape of Purolator's
		// Error: Code, Description, AdditionalInformation)
		String sample = new String(bytes(SAMPLE), StandardCharsets.UTF_8);
		String failed = sample.replaceFirst("<Errors/>",
				"<Errors><Error><Code>3001</Code><Description>Invalid PIN</Description>"
						+ "<AdditionalInformation i:nil=\"true\"/></Error></Errors>");
		assertThat(failed).isNotEqualTo(sample);

		UnreadableFile refused = catchThrowableOfType(UnreadableFile.class,
				() -> purolator.parse(failed.getBytes(StandardCharsets.UTF_8)));

		assertThat(refused.position())
			.isEqualTo("/Envelope/Body[1]/TrackPackagesByPinResponse[1]/ResponseInformation[1]/Errors[1]/Error[1]");
		assertThat(refused.reason().english()).isEqualTo(carrierError("Purolator", "Invalid PIN", "3001"));
	}

}
