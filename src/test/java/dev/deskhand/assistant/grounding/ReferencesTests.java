package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTests {

	@Test
	void normalisesWellFormedReferencesWrittenWithSpaces() {
		assertThat(Reads.one("container MSCU 123456-5", "en").value()).isEqualTo("MSCU1234565");
		assertThat(Reads.one("AWB 176-1234 5675", "en").value()).isEqualTo("17612345675");
		assertThat(Reads.one("parcel 1Z 999 AA1 01 2345 6784", "en").value()).isEqualTo("1Z999AA10123456784");
		assertThat(Reads.one("item RA 631 512 434 NL", "en").value()).isEqualTo("RA631512434NL");
		assertThat(Reads.one("order ORD-45821", "en").value()).isEqualTo("ORD45821");
	}

	@Test
	void aUnitOrCompoundIsNoReference() {
		assertThat(Reads.one("a 40HC box", "en").kind()).isEqualTo("number");
		assertThat(Reads.one("500kg", "en").kind()).isEqualTo("number");
		assertThat(Reads.one("eine 2-tägige Verspätung", "de").kind()).isEqualTo("number");
	}

}
