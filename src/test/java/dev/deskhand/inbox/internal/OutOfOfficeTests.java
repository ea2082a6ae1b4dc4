package dev.deskhand.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out-of-office replies without the standard headers, in Danish, German and English — and
 * customers' mail that only looks a little like them.
 */
class OutOfOfficeTests {

	@ParameterizedTest
	@ValueSource(strings = { "Out of Office: Forsinket levering", "Out of office", "OUT OF THE OFFICE - back Monday",
			"Automatic reply: Re: Palle til Aarhus", "Auto-Reply: your message", "Autoreply", "Autosvar: Ordre 4711",
			"Automatisk svar: Re: Forsinket levering", "Fraværende: Følgeseddel", "Ikke til stede: Ordre 4711",
			"Abwesenheitsnotiz: Lieferung 4711", "Automatische Antwort: Beschädigte Lieferung",
			"AW: Abwesend: Lieferung", "Re: Out of Office Re: order", "Nicht im Büro: Lieferung" })
	void recognisesOutOfOfficeSubjects(String subject) {
		assertThat(OutOfOffice.reason(subject, "Some text.")).startsWith("out-of-office subject");
	}

	@ParameterizedTest
	@ValueSource(strings = { "I am out of the office until 12 August with limited access to e-mail.",
			"Hello,\n\nI'm currently out of the office and will reply when I return.",
			"Thank you for your email. I am on annual leave until Monday 14 December.",
			"Hi, I'm on vacation until the 3rd. For urgent matters contact ops@kunde.dk.",
			"Tak for din mail. Jeg er på ferie til og med 12. august og læser ikke mail.",
			"Hej,\n\njeg er fraværende indtil mandag. Kontakt venligst kundeservice.", "Jeg er ikke på kontoret.",
			"Tak for din henvendelse. Jeg holder ferie i uge 30.",
			"Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 6. Januar nicht im Büro.",
			"Vielen Dank für Ihre Nachricht. Ich bin derzeit im Urlaub und ab dem 4. Mai wieder erreichbar.",
			"Guten Tag, ich befinde mich bis zum 3. März im Urlaub." })
	void recognisesOutOfOfficeBodies(String body) {
		assertThat(OutOfOffice.reason("Re: Lieferung 4711", body)).isEqualTo("out-of-office text");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Can you reply automatically?|Can you set up an automatic reply for us?",
					"Out of stock|We are out of stock of item 4711, can you deliver later?",
					"Out of office hours delivery?|Can you deliver out of office hours?",
					"Auto reply settings|How do I turn off your auto reply? It answers every mail.",
					"Ordre 4711|Hej, vi holder lukket i ferien. Kan I levere i uge 32?",
					"Lieferung|Hallo, wir sind im Urlaub gewesen und die Lieferung ist nicht angekommen.",
					"Levering|Hej, kunden er på ferie, så lever venligst til naboen.",
					"Delivery|I am out in the warehouse, please call me on arrival.",
					"Re: Palle|Sorry for the late answer, I was out of the office last week. The pallet is fine.",
					"Abholung|Ich bin morgen im Büro, bitte holen Sie die Ware ab." })
	void leavesCustomersMailAlone(String subject, String body) {
		assertThat(OutOfOffice.reason(subject, body)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "From: lars@kunde.dk\r\nSubject: Automatisk svar: Ordre 4711\r\n\r\nJeg er på ferie.",
			"From: jw@elbtal.de\r\nSubject: Lieferung\r\n\r\nIch bin bis Montag nicht im Büro." })
	void theParserFlagsThemAutomated(String raw) {
		ParsedMail mail = new MimeParser(1024).parse(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(mail.automated()).isTrue();
		assertThat(mail.automatedReason()).startsWith("out-of-office");
	}

}
