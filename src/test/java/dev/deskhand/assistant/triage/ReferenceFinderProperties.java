package dev.deskhand.assistant.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.assistant.FoundReference;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.references.ReferenceType;
import java.util.stream.IntStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the reference finder must find, and must not, whatever prose is around it. */
class ReferenceFinderProperties {

	private final ReferenceFinder finder = ReferenceFinder.builtIn();

	@Property(tries = 300)
	void aValidContainerNumberInAnyProseIsFound(@ForAll("owners") String owner, @ForAll("serials") String serial,
			@ForAll("prose") String before, @ForAll("prose") String after, @ForAll boolean spaced) {
		String base = owner + serial;
		String value = IntStream.range(0, 10)
			.mapToObj(d -> base + d)
			.filter(v -> ReferenceChecks.validate(ReferenceType.CONTAINER, v).valid())
			.findFirst()
			.orElseThrow();
		String written = spaced ? owner + " " + serial + "-" + value.charAt(10) : value;
		List<FoundReference> found = finder.find("Status", MailParts.of(before + " " + written + " " + after));
		assertThat(found).contains(new FoundReference("container", value, true, false));
	}

	@Property(tries = 300)
	void phoneAndBankNumbersAreNeverReferences(@ForAll("prose") String before, @ForAll("digits") String a,
			@ForAll("digits") String b, @ForAll("digits") String c, @ForAll("digits") String d) {
		String body = before + "\nTlf. +45 " + a + " " + b + " " + c + " " + d + "\nIBAN DK50 " + a + b + " " + c + d
				+ " 4401 1624\nCVR " + a + b + c + d + "\nMobil: 0176 " + a + b + c + d;
		assertThat(finder.find("Kontakt", MailParts.of(body))).isEmpty();
	}

	@Provide
	Arbitrary<String> owners() {
		return Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).map(s -> s + "U");
	}

	@Provide
	Arbitrary<String> serials() {
		return Arbitraries.strings().numeric().ofLength(6);
	}

	@Provide
	Arbitrary<String> digits() {
		return Arbitraries.strings().numeric().ofLength(2);
	}

	@Provide
	Arbitrary<String> prose() {
		return Arbitraries
			.of("hej", "where", "is", "the", "Sendung", "kommt", "morgen", "please", "check", "vores", "pallet",
					"i dag", "Lager", "thanks", "Hamburg", "Aarhus", "status", "ETA?", "bitte")
			.list()
			.ofMaxSize(12)
			.map(words -> String.join(" ", words));
	}

}
