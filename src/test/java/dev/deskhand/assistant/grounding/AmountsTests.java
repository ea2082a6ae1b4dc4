package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountsTests {

	@Test
	void readsAmountsWithTheCurrencyBeforeOrAfter() {
		assertThat(Reads.one("i alt 1.234,50 kr.", "da").readings()).contains("amount:1234.5|DKK");
		assertThat(Reads.one("i alt DKK 1.234,50", "da").readings()).containsExactly("amount:1234.5|DKK");
		assertThat(Reads.one("gesamt 1.234,50 €", "de").readings()).containsExactly("amount:1234.5|EUR");
		assertThat(Reads.one("total EUR 1,234.50", "en").readings()).containsExactly("amount:1234.5|EUR");
		assertThat(Reads.one("total $1,234.50", "en").readings()).containsExactly("amount:1234.5|USD");
		assertThat(Reads.one("pris 1.234,- kr.", "da").readings()).contains("amount:1234|DKK");
	}

	@Test
	void aKroneIsAnyScandinavianKrone() {
		assertThat(Reads.one("450 kr", "da").readings()).containsExactly("amount:450|DKK", "amount:450|NOK",
				"amount:450|SEK");
	}

}
