package dev.deskhand.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.assistant.drafts.DraftMaker;
import dev.deskhand.shipments.ShipmentView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drafts per intent in Danish, German and English over shipments made here: every fact
 * carries its source and stands where the text states it, dates are in the customer's
 * local format, an unknown reference or an invalid check digit is asked about (the
 * customer's value attributed), a POD is attached when there is one and promised when
 * not, and the SOP's needs are asked at the end.
 */
@IntegrationTest
class GroundedDraftsTests {

	/** 8 December 2026, 14:30 in Copenhagen. */
	static final Instant ETA = Instant.parse("2026-12-08T13:30:00Z");

	static final Instant PROMISED = Instant.parse("2026-12-05T11:00:00Z");

	static final Instant LAST = Instant.parse("2026-12-01T08:15:00Z");

	@Autowired
	AssistantWorld worlds;

	@Autowired
	DraftMaker maker;

	static Triage triage(String language, Intent intent, FoundReference... refs) {
		return new Triage(language, intent, 0.97, false, false, List.of(refs));
	}

	static FoundReference container(String value) {
		return new FoundReference("container", value, true, false);
	}

	MailText mail(AssistantWorld.World w, String subject, String body) {
		return new MailText("Anna <" + w.contact() + ">", "ops@nordhavn.test", subject, body);
	}

	/** The text of each placed fact's span, and that its source is a record's. */
	static void factsStandWhereTheySay(DraftMaker.Made made) {
		String text = made.composed().text();
		assertThat(made.composed().facts()).isNotEmpty().allSatisfy(f -> {
			assertThat(f.end()).isGreaterThan(f.start());
			assertThat(f.source()).matches("(message|[a-z]+:[0-9a-f-]+:[a-z_.0-9]+)");
			assertThat(text.substring(f.start(), f.end())).isNotBlank();
		});
	}

	@Test
	void aDanishStatusStatesTheCurrentEtaAndLastEventWithTheirSources() {
		var w = worlds.world("da", "da");
		ShipmentView s = worlds.shipment(w, "MAEU5417627", PROMISED);
		worlds.tracked(s, "departed", "Aarhus", LAST, ETA);

		var made = maker.make(w.id(), mail(w, "Hvor er containeren?", "Hej, hvor er MAEU5417627?"),
				triage("da", Intent.SHIPMENT_STATUS, container("MAEU5417627")), null, List.of());

		String text = made.composed().text();
		assertThat(made.status()).isEqualTo(DraftStatus.READY);
		assertThat(made.language()).isEqualTo("da");
		assertThat(text).startsWith("Hej,\n\nTak for din mail.")
			.contains("Status for forsendelse " + s.label() + " (container MAEU5417627): afgået.")
			.contains("Transportør: Maersk Line.")
			.contains("Seneste hændelse: Aarhus, 1. december 2026 kl. 09:15.")
			.contains("Forventet ankomst (ETA): 8. december 2026 kl. 14:30.")
			.contains("Aftalt levering: 5. december 2026 kl. 12:00.")
			.endsWith("Med venlig hilsen\n" + w.ws().view().name());
		factsStandWhereTheySay(made);
		var eta = made.composed()
			.facts()
			.stream()
			.filter(f -> f.source().equals("shipment:" + s.id().value() + ":eta"))
			.findFirst()
			.orElseThrow();
		assertThat(eta.value()).isEqualTo("2026-12-08T14:30");
		assertThat(text.substring(eta.start(), eta.end())).isEqualTo("8. december 2026 kl. 14:30");
		assertThat(made.composed().facts())
			.anyMatch(f -> f.source().equals("party:" + w.carrier().id().value() + ":name"));
		assertThat(made.gathered().facts()).anyMatch(f -> f.kind().equals("date") && f.value().equals("2026-12-08"));
	}

	@Test
	void aGermanDeliveryChangeIsFormalAndAnEnglishComplaintRepeatsTheStatus() {
		var w = worlds.world("en", "de");
		ShipmentView s = worlds.shipment(w, "OOLU6467561", null);
		worlds.tracked(s, "arrived", "DEHAM", LAST, ETA);

		var de = maker.make(w.id(), mail(w, "Zustellung ändern", "Bitte OOLU6467561 erst am Montag zustellen."),
				triage("de", Intent.DELIVERY_CHANGE, container("OOLU6467561")), null, List.of());
		assertThat(de.composed().text()).startsWith("Guten Tag,\n\nVielen Dank für Ihre E-Mail.")
			.contains("Wir haben Ihren Wunsch erhalten, die Zustellung der Sendung " + s.label()
					+ " (Container OOLU6467561) zu ändern.")
			.contains("Voraussichtliche Ankunft (ETA): 8. Dezember 2026 um 14:30 Uhr.")
			.endsWith("Mit freundlichen Grüßen\n" + w.ws().view().name());

		var en = maker.make(w.id(), mail(w, "Late again", "OOLU6467561 is late again."),
				triage("en", Intent.COMPLAINT, container("OOLU6467561")), null, List.of());
		assertThat(en.composed().text()).contains("We are sorry that shipment " + s.label())
			.contains("Status of shipment " + s.label() + " (container OOLU6467561): arrived.")
			.contains("Latest event: DEHAM, 1 December 2026 at 09:15.")
			.contains("Estimated arrival (ETA): 8 December 2026 at 14:30.")
			.endsWith("Best regards\n" + w.ws().view().name());
		factsStandWhereTheySay(en);
	}

	@Test
	void aDocumentRequestAttachesThePodWhenThereIsOneAndPromisesItOtherwise() {
		var w = worlds.world("da", "da");
		ShipmentView withPod = worlds.shipment(w, "CSQU1539472", null);
		worlds.delivered(withPod, LAST);
		UUID pod = worlds.pod(w, withPod);
		ShipmentView without = worlds.shipment(w, "BMOU2221152", null);

		var attached = maker.make(w.id(), mail(w, "POD", "Kan I sende POD for CSQU1539472?"),
				triage("da", Intent.DOCUMENT_REQUEST, container("CSQU1539472")), null, List.of());
		assertThat(attached.composed().attachments()).extracting(d -> d.value()).containsExactly(pod);
		assertThat(attached.composed().text())
			.contains("Vedhæftet er kvitteringen for levering (POD) for forsendelse " + withPod.label())
			.contains("Forsendelsen blev leveret den 1. december 2026 kl. 09:15.");
		assertThat(attached.composed().facts()).anyMatch(f -> f.source().equals("document:" + pod + ":pod"));

		var promised = maker.make(w.id(), mail(w, "Ablieferbeleg", "Bitte POD für BMOU2221152."),
				triage("de", Intent.DOCUMENT_REQUEST, container("BMOU2221152")), null, List.of());
		assertThat(promised.composed().attachments()).isEmpty();
		assertThat(promised.composed().text())
			.contains("Der Zustellnachweis (POD) für die Sendung " + without.label()
					+ " (Container BMOU2221152) liegt uns noch nicht vor. Wir senden ihn, sobald wir ihn erhalten.")
			.doesNotContainPattern("\\d{1,2}\\.? \\p{L}+ \\d{4}");
	}

	@Test
	void anUnknownReferenceAndAnInvalidCheckDigitAreAskedAboutWithTheCustomersValue() {
		var w = worlds.world("da", "da");
		var invalid = maker.make(w.id(), mail(w, "Status", "Hvor er MSCU4788620?"),
				triage("da", Intent.SHIPMENT_STATUS, new FoundReference("container", "MSCU4788620", false, false)),
				null, List.of());
		assertThat(invalid.composed().text()).contains(
				"Containernummeret MSCU4788620, som du skriver, har ikke et gyldigt kontrolciffer - kan du tjekke det?");
		assertThat(invalid.composed().facts())
			.anyMatch(f -> f.value().equals("MSCU4788620") && f.source().equals(Fact.MESSAGE));

		var unknown = maker.make(w.id(), mail(w, "Status", "Where is FCIU0381191?"),
				triage("en", Intent.SHIPMENT_STATUS, container("FCIU0381191")), null, List.of());
		assertThat(unknown.composed().text())
			.contains("We cannot find a shipment with the container number FCIU0381191 you gave.");

		var none = maker.make(w.id(), mail(w, "Hvor er min vare?", "Den er ikke kommet."),
				triage("da", Intent.SHIPMENT_STATUS), null, List.of());
		assertThat(none.composed().text()).contains("Kan du sende containernummeret eller ordrenummeret");
	}

	@Test
	void theCustomersLanguageComesFromTheContactWhenTheTriageCannotTellAndSopNeedsAreAsked() {
		var w = worlds.world("en", "de");
		var made = maker.make(w.id(), mail(w, "Buchung", "Wir brauchen einen Transport nach Hamburg."),
				new Triage("other", Intent.BOOKING_REQUEST, 0.9, false, false, List.of()), null,
				List.of("Abholadresse", "Gewicht"));
		assertThat(made.language()).isEqualTo("de");
		assertThat(made.composed().text()).contains("Vielen Dank für Ihre Anfrage.")
			.contains("Können Sie uns außerdem Folgendes mitteilen?\n- Abholadresse\n- Gewicht");
	}

	@Test
	void everyIntentHasADraftInEveryLanguage() {
		var w = worlds.world("da", "da");
		ShipmentView s = worlds.shipment(w, "HASU7763320", PROMISED);
		worlds.tracked(s, "loaded", "Aarhus", LAST, ETA);
		for (String language : List.of("da", "de", "en")) {
			for (Intent intent : Intent.values()) {
				var made = maker.make(w.id(), mail(w, "S", "HASU7763320"), triage(language, intent,
						container("HASU7763320"), new FoundReference("invoice", "INV4711", true, false)), null,
						List.of());
				assertThat(made.composed().text()).as(language + " " + intent)
					.doesNotContain("{")
					.contains(w.ws().view().name());
				assertThat(made.status()).as(language + " " + intent).isEqualTo(DraftStatus.READY);
			}
		}
	}

}
