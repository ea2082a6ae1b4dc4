package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.Verification;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingVerifierTests {

	private final GroundingVerifier verifier = new GroundingVerifier();

	private static final Fact ETA = new Fact("date", "2026-12-08", "shipment:s1:eta");

	private static GroundingSources sources(String incoming, Fact... facts) {
		return new GroundingSources(List.of(facts), incoming, "da", ZoneId.of("Europe/Copenhagen"), Reads.TODAY);
	}

	@Test
	void placesEveryBackedValueWithItsSource() {
		String text = "ETA for FCIU7278863 er tirsdag den 8. december.";
		Verification v = this.verifier.verify(text,
				sources("", ETA, new Fact("reference", "FCIU7278863", "shipment:s1:container")));
		assertThat(v.grounded()).isTrue();
		assertThat(v.backed()).extracting((f) -> text.substring(f.start(), f.end()))
			.containsExactly("FCIU7278863", "tirsdag den 8. december");
		assertThat(v.backed().get(1).source()).isEqualTo("shipment:s1:eta");
	}

	@Test
	void aValueOnlyTheCustomerStatesMustBeAttributedInItsSentence() {
		GroundingSources s = sources("Vi fik lovet levering den 7. december.", ETA);
		Verification bare = this.verifier.verify("Levering den 7. december er bekræftet.", s);
		assertThat(bare.unbacked()).singleElement().satisfies((c) -> {
			assertThat(c.reason()).isEqualTo(GroundingVerifier.CUSTOMER_CLAIM);
			assertThat(c.text()).isEqualTo("7. december");
		});
		Verification owned = this.verifier
			.verify("Som du skriver, fik I lovet den 7. december. ETA er den 8. december.", s);
		assertThat(owned.grounded()).isTrue();
		assertThat(owned.backed()).extracting(dev.deskhand.assistant.PlacedFact::source)
			.containsExactly(Fact.MESSAGE, "shipment:s1:eta");
		Verification nextSentence = this.verifier.verify("Som du skriver, har du ventet. Den 7. december passer.", s);
		assertThat(nextSentence.unbacked()).extracting(dev.deskhand.assistant.Claim::reason)
			.containsExactly(GroundingVerifier.CUSTOMER_CLAIM);
	}

	@Test
	void aFactWithTheMessageAsSourceIsTheCustomersClaim() {
		Fact claimed = new Fact("number", "3", Fact.MESSAGE);
		assertThat(this.verifier.verify("Vi henter 3 paller.", sources("", claimed)).unbacked())
			.extracting(dev.deskhand.assistant.Claim::reason)
			.containsExactly(GroundingVerifier.CUSTOMER_CLAIM);
		assertThat(this.verifier.verify("Du nævner 3 paller.", sources("", claimed)).grounded()).isTrue();
	}

	@Test
	void theSignatureQuotedHistoryAddressesAndLinksAreNotRead() {
		String signature = "Med venlig hilsen\nNordhavn Logistik · Tlf. +45 70 20 30 40 · CVR 12345678";
		String text = "ETA er den 8. december. Se https://track.example/FCIU7278863 eller skriv til ops2@nordhavn.example.\n\n"
				+ signature + "\n\nDen 3. dec. 2026 kl. 10.14 skrev Jens:\n> Kommer den 7. december?\n> 4 paller";
		Verification v = this.verifier.verify(text,
				sources("", ETA, new Fact("text", signature, "workspace:w:signoff")));
		assertThat(v.unbacked()).isEmpty();
	}

	@Test
	void anUnknownValueIsUnbackedAndANameIsPlaced() {
		Verification v = this.verifier.verify("Maersk leverer den 9. december i Hamburg.",
				sources("", ETA, new Fact("name", "Maersk", "party:c1:name")));
		assertThat(v.unbacked()).extracting(dev.deskhand.assistant.Claim::text)
			.containsExactly("9. december", "Hamburg");
		assertThat(v.unbacked()).allSatisfy((c) -> assertThat(c.reason()).isEqualTo(GroundingVerifier.UNBACKED));
		assertThat(v.backed()).extracting(dev.deskhand.assistant.PlacedFact::value).containsExactly("Maersk");
	}

	@Test
	void aCarrierNamedLikeAContainerPrefixDoesNotHideTheContainer() {
		Verification v = this.verifier.verify("ONE container ONEU1234567 is late.", new GroundingSources(
				List.of(new Fact("name", "ONE", "party:c:name")), "", "en", ZoneId.of("UTC"), Reads.TODAY));
		assertThat(v.unbacked()).extracting(dev.deskhand.assistant.Claim::text).containsExactly("ONEU1234567");
	}

	@Test
	void readsTheFactsOwnFormsTolerantly() {
		Verification v = this.verifier.verify("Afgang 8. december kl. 14:30, 1.234,50 kr., Hamburg.",
				sources("", new Fact("datetime", "2026-12-08T13:30:00Z", "shipment:s:etd"),
						new Fact("amount", "DKK 1234.5", "invoice:i:total"),
						new Fact("place", "Hamburg (DEHAM), Germany", "shipment:s:pol")));
		assertThat(v.unbacked()).isEmpty();
		assertThat(v.backed()).hasSize(4);
	}

	@Test
	void formsAndTermsWithDigitsStateNothing() {
		Verification v = this.verifier.verify(
				"EUR.1-certifikat og T1-dokument følger. Vi leverer efter Incoterms 2020 og har en 24/7-hotline.",
				sources(""));
		assertThat(v.unbacked()).isEmpty();
	}

	@Test
	void aLongQuotedHistoryIsSkippedWhateverItsLength() {
		String history = "> Levering 7. december, 4 paller, 1.234,50 kr.\n".repeat(5_000);
		Verification v = this.verifier.verify("ETA er den 8. december.\n\nTorsdag skrev Jens:\n" + history,
				sources(history, ETA));
		assertThat(v.grounded()).isTrue();
		assertThat(v.backed()).hasSize(1);
	}

}
