package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTests {

	@Test
	void groupsThousandsAsTheLanguageDoes() {
		assertThat(Reads.one("1.234 kg", "da").value()).isEqualTo("1234");
		assertThat(Reads.one("1.234 kg", "en").value()).isEqualTo("1.234");
		assertThat(Reads.one("1,234 kg", "en").value()).isEqualTo("1234");
		assertThat(Reads.one("1,234 kg", "de").value()).isEqualTo("1.234");
		assertThat(Reads.one("12,5 cbm", "da").value()).isEqualTo("12.5");
	}

	@Test
	void readsSmallNumberWordsButNotArticles() {
		assertThat(Reads.one("to paller", "da").value()).isEqualTo("2");
		assertThat(Reads.one("zwei Paletten", "de").value()).isEqualTo("2");
		assertThat(Reads.one("three pallets", "en").value()).isEqualTo("3");
		assertThat(Reads.of("one of our drivers has a pallet", "en")).isEmpty();
		assertThat(Reads.of("en palle og et bud", "da")).isEmpty();
	}

	@Test
	void readsPercentagesAndPhoneNumbers() {
		assertThat(Reads.one("rabat 2 %", "da").readings()).containsExactly("number:2");
		Found phone = Reads.one("ring på +45 70 20 30 41", "da");
		assertThat(phone.readings()).contains("digits:4570203041", "digits:70203041");
		assertThat(Reads.one("Tel. 040 822 190-12", "de").readings()).contains("digits:04082219012");
	}

	@Test
	void aListMarkerIsNoNumber() {
		assertThat(Reads.of("1. Kontrol\n2) Levering", "da")).isEmpty();
	}

	@Test
	void digitsBackAReferenceAndAFourDigitYearADate() {
		assertThat(Reads.one("ordre 45821", "da").readings()).contains("number:45821", "reference:45821");
		assertThat(Reads.one("siden 1987", "da").readings()).contains("year:1987");
	}

	@Test
	void aDayAndMonthWithoutTheClosingDotMayBeTheDate() {
		assertThat(Reads.one("levering den 8.12", "da").readings()).contains("date:2026-12-08", "time:08:12");
		assertThat(Reads.one("delivery 8.12", "en").readings()).doesNotContain("date:2026-12-08");
	}

}
