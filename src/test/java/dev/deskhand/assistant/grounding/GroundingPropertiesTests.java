package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.assistant.Claim;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.Verification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A draft built only from its sources, in the language's local formats, always passes;
 * the same draft with any number, date, reference or place the sources do not state
 * inserted is not grounded, and the inserted value is the claim.
 */
class GroundingPropertiesTests {

	private final GroundingVerifier verifier = new GroundingVerifier();

	@Provide
	Arbitrary<GroundedDraftBuilder.Built> drafts() {
		return Arbitraries.randomValue(GroundedDraftBuilder::build);
	}

	@Property(tries = 500)
	void aDraftBuiltOnlyFromSourcesPasses(@ForAll("drafts") GroundedDraftBuilder.Built d) {
		Verification v = this.verifier.verify(d.text(), d.sources(""));
		assertThat(v.unbacked()).as(d.text()).isEmpty();
		assertThat(v.backed()).hasSizeGreaterThanOrEqualTo(d.facts().size() - 1);
	}

	@Property(tries = 500)
	void anyValueNotInTheSourcesMakesItUngrounded(@ForAll("drafts") GroundedDraftBuilder.Built d,
			@ForAll("seeds") long seed) {
		Random r = new Random(seed);
		String inserted = foreign(r, d);
		String sentence = GroundedDraftBuilder.wrap(d.language(), inserted);
		int cut = d.text().indexOf('\n') + 2;
		String text = d.text().substring(0, cut) + sentence + "\n" + d.text().substring(cut);
		Verification v = this.verifier.verify(text, d.sources(""));
		assertThat(v.grounded()).as(text).isFalse();
		int at = cut + sentence.indexOf(inserted);
		assertThat(v.unbacked()).as(text)
			.anySatisfy((Claim c) -> assertThat(c.start() < at + inserted.length() && c.end() > at).isTrue());
	}

	@Property(tries = 200)
	void aValueOnlyTheCustomerStatesNeedsTheirAttribution(@ForAll("drafts") GroundedDraftBuilder.Built d,
			@ForAll("seeds") long seed) {
		String inserted = foreign(new Random(seed), d);
		String incoming = "Re: " + inserted + "\n";
		String plain = GroundedDraftBuilder.wrap(d.language(), inserted);
		String attributed = switch (d.language()) {
			case "da" -> "Som du skriver: " + inserted + ".";
			case "de" -> "Wie Sie schreiben: " + inserted + ".";
			default -> "As you mention: " + inserted + ".";
		};
		Verification bare = this.verifier.verify(plain + "\n" + d.text(), d.sources(incoming));
		assertThat(bare.unbacked()).as(plain)
			.anySatisfy((Claim c) -> assertThat(c.reason()).isEqualTo("customer-claim"));
		Verification owned = this.verifier.verify(attributed + "\n" + d.text(), d.sources(incoming));
		assertThat(owned.unbacked()).as(attributed).isEmpty();
		assertThat(owned.backed()).anySatisfy((f) -> assertThat(f.source()).isEqualTo(Fact.MESSAGE));
	}

	@Provide
	Arbitrary<Long> seeds() {
		return Arbitraries.longs();
	}

	/** A number, date, reference or place that no fact of {@code d} states. */
	static String foreign(Random r, GroundedDraftBuilder.Built d) {
		Set<String> values = d.facts().stream().map(Fact::value).collect(Collectors.toSet());
		String lang = d.language();
		while (true) {
			String candidate;
			String value;
			switch (r.nextInt(4)) {
				case 0 -> {
					int v = 2 + r.nextInt(20_000);
					value = Integer.toString(v);
					candidate = GroundedDraftBuilder.number(r, lang, v);
					if (numbers(d).contains(new java.math.BigDecimal(v))) {
						continue;
					}
				}
				case 1 -> {
					LocalDate date = GroundedDraftBuilder.TODAY.plusDays(r.nextInt(121) - 60);
					value = date.toString();
					String pattern = lang.equals("en") ? "d MMMM yyyy" : "d. MMMM yyyy";
					candidate = DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(lang)).format(date);
					if (values.stream().anyMatch((f) -> f.startsWith(value))) {
						continue;
					}
				}
				case 2 -> {
					value = r.nextBoolean() ? "BKG" + (100_000 + r.nextInt(900_000))
							: GroundedDraftBuilder.CONTAINERS[r.nextInt(GroundedDraftBuilder.CONTAINERS.length)];
					candidate = value;
				}
				default -> {
					String[] place = GroundedDraftBuilder.PLACES[r.nextInt(GroundedDraftBuilder.PLACES.length)];
					value = place[0];
					candidate = place[1 + r.nextInt(place.length - 1)];
				}
			}
			if (!values.contains(value)) {
				return candidate;
			}
		}
	}

	private static List<java.math.BigDecimal> numbers(GroundedDraftBuilder.Built d) {
		List<java.math.BigDecimal> out = new ArrayList<>();
		for (Fact f : d.facts()) {
			String v = f.value().split(" ")[0];
			if (v.matches("\\d+(\\.\\d+)?")) {
				out.add(new java.math.BigDecimal(v).stripTrailingZeros());
			}
			if (f.kind().equals("date")) {
				out.add(new java.math.BigDecimal(v.substring(0, 4)));
			}
		}
		return out.stream().map(java.math.BigDecimal::stripTrailingZeros).toList();
	}

}
