package dev.deskhand.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class DocumentContentSniffingPropertyTests {

	@Property(tries = 2000)
	void decidesEveryInputWithoutThrowing(@ForAll @Size(max = 600) byte[] content,
			@ForAll @StringLength(max = 40) String name) {
		ContentSniffer.Verdict verdict = ContentSniffer.sniff(name, content);
		assertThat(verdict.contentType() == null).isNotEqualTo(verdict.refusal() == null);
	}

	@Property
	void anythingStartingLikeAPdfIsAPdf(@ForAll @Size(max = 300) byte[] rest, @ForAll("ordinaryNames") String name) {
		byte[] content = concat("%PDF-".getBytes(StandardCharsets.US_ASCII), rest);
		assertThat(ContentSniffer.sniff(name, content).contentType()).isEqualTo("application/pdf");
	}

	@Property
	void windowsProgramsAreNeverAccepted(@ForAll @Size(min = 62, max = 300) byte[] rest,
			@ForAll("ordinaryNames") String name) {
		byte[] header = concat(new byte[] { 'M', 'Z', 0 }, rest);
		assertThat(ContentSniffer.sniff(name, header).contentType()).isNull();
	}

	@Property
	void sanitisedNamesAreShortAndFreeOfPathsAndControls(@ForAll @StringLength(max = 400) String raw) {
		String name = FileNames.sanitise(raw);
		assertThat(name).isNotBlank().doesNotContain("/", "\\", "\u0000", "\n", "\u202E");
		assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> ordinaryNames() {
		return net.jqwik.api.Arbitraries.of("scan.pdf", "document", "order 4711.txt", "rechnung.PDF", "lieferschein");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
