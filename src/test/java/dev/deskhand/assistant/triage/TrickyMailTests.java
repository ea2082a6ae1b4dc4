package dev.deskhand.assistant.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.TestData;
import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.MailText;
import dev.deskhand.assistant.Triage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Triage of the mail that trips simple rules: quoted history in another language,
 * references only in the subject or only in quoted text, wrong check digits, phone, VAT
 * and bank numbers, out-of-office replies, Norwegian and Swedish.
 */
class TrickyMailTests {

	private final Triager triager = new Triager(Triager.DEFAULT_THRESHOLD);

	private Triage triage(String subject, String body) {
		return triager.triage(new MailText("a@b.example", "ops@nordhavn.example", subject, body), BaseModel.get(),
				ReferenceFinder.builtIn());
	}

	@Test
	void theLanguageIsTheNewTextsNotTheQuotedHistorys() {
		Triage t = triage("Re: Levering uge 50", """
				Hi Jens, thanks - could you tell me when the pallets will arrive at our warehouse in Hamburg?

				Best regards
				Sarah

				Den 3. dec. 2026 kl. 10.02 skrev Jens Holm <jh@nordhavn.example>:
				> Hej Sarah, vi har modtaget jeres ordre og planlægger levering i uge 50.
				> Med venlig hilsen Jens
				""");
		assertThat(t.language()).isEqualTo("en");
		Triage german = triage("AW: Lieferung", """
				Hallo, wann genau kommt die Lieferung bei uns im Lager an? Wir brauchen einen Termin.

				-----Original Message-----
				From: Ops <ops@nordhavn.example>
				Sent: Thursday, December 3, 2026 09:12
				Subject: Delivery

				Dear customer, your delivery is planned for next week. Kind regards, Ops
				""");
		assertThat(german.language()).isEqualTo("de");
	}

	@Test
	void aDanishMailWithAnEnglishDisclaimerIsDanish() {
		Triage t = triage("Status", """
				Hej, kan I fortælle hvor vores forsendelse er henne? Den skulle have været her i går.

				Med venlig hilsen
				Mette
				This e-mail and any attachments are confidential and intended solely for the addressee. If you
				have received it in error, please notify the sender and delete it from your system.
				""");
		assertThat(t.language()).isEqualTo("da");
	}

	@Test
	void norwegianAndSwedishAreNotDanish() {
		assertThat(triage("Levering", """
				Hei! Vi lurer på når sendingen vår kommer fram til lageret i Drammen. Den skulle vært levert i går,
				men vi har ikke hørt noe fra dere. Kan dere sjekke hva som har skjedd? Takk for hjelpen.
				""").language()).isEqualTo("other");
		assertThat(triage("Leverans", """
				Hej! Vi undrar när vår försändelse kommer fram till lagret i Göteborg. Den skulle ha levererats
				igår, men vi har inte hört något från er. Kan ni kontrollera vad som har hänt? Tack för hjälpen.
				""").language()).isEqualTo("other");
	}

	@Test
	void aShortMailFallsBackToItsSubject() {
		Triage t = triage("Hvornår kommer vores palle med ordre 45821?", "?");
		assertThat(t.language()).isEqualTo("da");
		assertThat(t.references()).containsExactly(new FoundReference("order", "45821", true, false));
	}

	@Test
	void referencesOnlyInTheSubjectAreFound() {
		Triage t = triage("Container MSCU 123456-6 og AWB 176-1234 5675", "Hej, hvor er de? Mvh Ole");
		assertThat(t.references()).containsExactly(new FoundReference("container", "MSCU1234566", true, false),
				new FoundReference("awb", "17612345675", true, false));
	}

	@Test
	void aWrongCheckDigitIsFoundAsInvalid() {
		Triage t = triage("Status", "Where is container MSCU1234565 and parcel RR123456785DK? UPS 1Z999AA10123456785");
		assertThat(t.references()).contains(new FoundReference("container", "MSCU1234565", false, false),
				new FoundReference("s10", "RR123456785DK", true, false));
		assertThat(t.references()).extracting(FoundReference::type).contains("ups");
	}

	@Test
	void aReferenceOnlyInTheQuotedHistoryIsMarkedQuoted() {
		Triage t = triage("Re: Booking", """
				Thanks, please go ahead.

				On Tue, 1 Dec 2026 at 09:00, Anna <anna@carrier.example> wrote:
				> Your booking no. 9FDK204418 is confirmed, container TGHU7833726.
				""");
		assertThat(t.references()).containsExactly(new FoundReference("booking", "9FDK204418", true, true),
				new FoundReference("container", "TGHU7833726", true, true));
	}

	@Test
	void phoneVatBankNumbersPostcodesDatesAndAmountsAreNoReferences() {
		Triage t = triage("Faktura", """
				Hej, vi har betalt 12.450,00 kr. den 03.12.2026 for 4 paller à 850 kg.

				Med venlig hilsen
				Brandt Cykler ApS, Industrivej 14, 7100 Vejle
				Tlf. +45 75 82 19 40 · Mobil 20 45 67 81 · CVR 31847210 · VAT DK31847210
				IBAN DK50 0040 0440 1162 43 · Bil AB 12 345
				""");
		assertThat(t.references()).isEmpty();
	}

	@Test
	void urgencyIsAMarkerADeadlineTodayOrAConsequenceNowButNotInQuotedText() {
		assertThat(triage("Levering", "Chaufføren venter ved rampen, hvor er papirerne?").urgent()).isTrue();
		assertThat(triage("Zoll", "Die Ware steht beim Zoll fest, bitte sofort die Rechnung schicken.").urgent())
			.isTrue();
		assertThat(triage("POD", "Please send the POD by end of day.").urgent()).isTrue();
		assertThat(triage("POD", "Kan I sende POD? Det haster ikke.").urgent()).isFalse();
		assertThat(triage("Re: POD", """
				Thanks, received.

				On Tue, 1 Dec 2026 at 09:00, Anna <anna@x.example> wrote:
				> URGENT: the truck is waiting at the gate!
				""").urgent()).isFalse();
	}

	@Test
	void anOutOfOfficeReplyIsNotUrgentAndHasNoReferencesFromItsPhoneNumbers() {
		Triage t = triage("Automatic reply: Shipment 4711", """
				I am out of the office until 8 December with no access to e-mail. For urgent matters please call
				+45 33 12 45 67 or write to ops@brandt.example.
				""");
		assertThat(t.urgent()).isFalse();
		assertThat(t.references()).isEmpty();
	}

	@Test
	void everyContainerNumberSampleIsFoundWithItsVerdict() throws IOException {
		List<String> misses = new ArrayList<>();
		List<String> lines = Files
			.readAllLines(TestData.testdata("container-numbers", "iso6346_container_numbers.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			String value = cells[0];
			boolean valid = cells[cells.length - 1].equals("True");
			if (!value.matches("[A-Z]{3}[UJZ][0-9]{7}")) {
				continue;
			}
			Triage t = triage("Status", "Hvor er container " + value + " henne?");
			if (!t.references().contains(new FoundReference("container", value, valid, false))) {
				misses.add(value + " " + t.references());
			}
		}
		assertThat(misses).isEmpty();
	}

	@Test
	void trackingNumberSamplesAreFoundWhenTheMailNamesTheirCourier() throws IOException {
		List<String> misses = new ArrayList<>();
		int tried = 0;
		List<String> lines = Files.readAllLines(TestData.testdata("tracking-numbers", "test_numbers_flat.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", 6);
			String courier = cells[0];
			boolean valid = cells[4].equals("valid");
			String value = cells[5];
			String normalised = value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
			if (normalised.length() < 10) {
				continue;
			}
			tried++;
			Triage t = triage("Tracking", "Hi, the " + courier.replace('_', ' ') + " tracking number is " + value
					+ " - where is the parcel?");
			boolean found = t.references()
				.stream()
				.anyMatch(r -> r.value().equals(normalised) && (r.valid() == valid || !valid));
			if (valid && !found || !valid && t.references()
				.stream()
				.anyMatch(r -> r.value().equals(normalised) && r.valid() && r.type().equals(courierCode(courier)))) {
				misses.add(courier + " " + value + " " + cells[4] + " -> " + t.references());
			}
		}
		assertThat(tried).isGreaterThan(200);
		assertThat(misses).as("of %d samples", tried).hasSizeLessThanOrEqualTo(tried / 20);
	}

	private static String courierCode(String code) {
		return code;
	}

}
