package dev.deskhand.shipments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the bytes, the EDI formats answer with a result or an {@link UnreadableFile}
 * naming a position, and they answer quickly.
 */
class EdiFormatProperties {

	private static final List<byte[]> SAMPLES = List.of(EdiTestSupport.sample("apimeister_x12_types", "test_214_1.edi"),
			EdiTestSupport.sample("apimeister_x12_types", "test_315_4.edi"),
			EdiTestSupport.sample("stupidedi", "QO315_pass_1.edi"),
			EdiTestSupport.sample("staedi", "ts214_ellipses_segterm.edi"),
			EdiTestSupport.sample("apimeister_edifact_types", "d00b_iftsta.edi"));

	private static final List<EventFormat> FORMATS = List.of(new X12Format(), new IftstaFormat());

	@Property(tries = 300)
	void arbitraryBytesAreReadOrRefusedWithAPosition(@ForAll @Size(max = 400) byte[] content) {
		FORMATS.forEach(format -> readsOrRefuses(format, content));
	}

	@Property(tries = 300)
	void bytesAfterAnEnvelopeStartAreReadOrRefusedWithAPosition(@ForAll("envelopeStarts") byte[] content) {
		FORMATS.forEach(format -> readsOrRefuses(format, content));
	}

	@Property(tries = 500)
	void mutatedSamplesAreReadOrRefusedWithAPosition(@ForAll("mutatedSamples") byte[] content) {
		FORMATS.forEach(format -> readsOrRefuses(format, content));
	}

	private static void readsOrRefuses(EventFormat format, byte[] content) {
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			format.recognises(content);
			try {
				ParseResult result = format.parse(content);
				assertThat(result.format()).isEqualTo(format.name());
				result.rejected().forEach(r -> assertThat(Integer.parseInt(r.position())).isPositive());
				result.events().forEach(e -> assertThat(Integer.parseInt(e.position())).isPositive());
			}
			catch (UnreadableFile e) {
				assertThat(Integer.parseInt(e.position())).isPositive();
				assertThat(e.reason().english()).isNotBlank();
			}
		});
	}

	@Provide
	Arbitrary<byte[]> envelopeStarts() {
		Arbitrary<String> head = Arbitraries.of(
				"ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *201101*1200*U*00401*000000001*0*P*>~",
				"UNA:+.? '", "UNB+UNOC:3+S:ZZZ+R:ZZZ+240301:1200+1'", "ISA", "UNB");
		Arbitrary<String> tail = Arbitraries.strings().withChars("*~:+'?ABCDEFGSTUNHIZ0123456789 \n").ofMaxLength(300);
		return Combinators.combine(head, tail).as((h, t) -> (h + t).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Provide
	Arbitrary<byte[]> mutatedSamples() {
		Arbitrary<byte[]> sample = Arbitraries.of(SAMPLES);
		return Combinators
			.combine(sample, Arbitraries.integers().between(0, 2000), Arbitraries.bytes(),
					Arbitraries.integers().between(0, 3))
			.as((bytes, at, value, kind) -> mutate(bytes, at, value, kind));
	}

	/** Changes, deletes, inserts one byte, or cuts the file there. */
	private static byte[] mutate(byte[] bytes, int at, byte value, int kind) {
		int i = at % bytes.length;
		return switch (kind) {
			case 0 -> {
				byte[] copy = bytes.clone();
				copy[i] = value;
				yield copy;
			}
			case 1 -> {
				byte[] copy = new byte[bytes.length - 1];
				System.arraycopy(bytes, 0, copy, 0, i);
				System.arraycopy(bytes, i + 1, copy, i, bytes.length - i - 1);
				yield copy;
			}
			case 2 -> {
				byte[] copy = new byte[bytes.length + 1];
				System.arraycopy(bytes, 0, copy, 0, i);
				copy[i] = value;
				System.arraycopy(bytes, i, copy, i + 1, bytes.length - i);
				yield copy;
			}
			default -> java.util.Arrays.copyOf(bytes, i);
		};
	}

}
