package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-read ISO time ({@link CsvValues#isoSeconds}) says what Java's own ISO parser
 * says, and for anything else gives way to the formatter (null), never a different time.
 */
class CsvValuesProperties {

	@Property(tries = 2000)
	void anIsoTimeToTheSecondIsReadAsJavaReadsIt(@ForAll("isoTimes") String text) {
		OffsetDateTime expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		assertThat(CsvValues.isoSeconds(text)).isEqualTo(expected);
		assertThat(CsvValues.time(text)).isEqualTo(expected);
		assertThat(CsvValues.zone(CsvValues.time(text))).isEqualTo(expected.getOffset().getId());
	}

	@Property(tries = 3000)
	void anythingElseOfTheSameShapeIsTheJavaParsersTimeOrLeftToTheFormatter(@ForAll("nearlyIso") String text) {
		OffsetDateTime read = CsvValues.isoSeconds(text);
		OffsetDateTime java;
		try {
			java = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException e) {
			java = null;
		}
		assertThat(read == null || read.equals(java)).as("%s read as %s, Java: %s", text, read, java).isTrue();
	}

	@Provide
	Arbitrary<String> isoTimes() {
		Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.just("Z"),
				Combinators
					.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 17),
							Arbitraries.integers().between(0, 59))
					.as((s, h, m) -> "%s%02d:%02d".formatted(s, h, m)));
		return Combinators
			.combine(Arbitraries.integers().between(1000, 9999), Arbitraries.integers().between(1, 12),
					Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
					Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59), offset)
			.as((y, mo, d, h, mi, s, o) -> "%04d-%02d-%02dT%02d:%02d:%02d%s".formatted(y, mo, d, h, mi, s, o));
	}

	@Provide
	Arbitrary<String> nearlyIso() {
		Arbitrary<Character> chars = Arbitraries.of('0', '1', '2', '3', '5', '9', '-', ':', 'T', 'Z', '+', 'z', ' ');
		Arbitrary<String> noise = Arbitraries.oneOf(chars.list().ofSize(20), chars.list().ofSize(25))
			.map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
		Arbitrary<String> outOfRange = Combinators
			.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
					Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
					Arbitraries.of("Z", "+19:00", "+05:61", "-18:00", "+18:00"))
			.as((mo, d, h, mi, o) -> "2026-%02d-%02dT%02d:%02d:00%s".formatted(mo, d, h, mi, o));
		return Arbitraries.oneOf(noise, outOfRange);
	}

}
