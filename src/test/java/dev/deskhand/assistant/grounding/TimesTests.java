package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimesTests {

	@Test
	void readsTheClockAsEachLanguageWritesIt() {
		assertThat(Reads.one("ankomst 14:30", "da").value()).isEqualTo("14:30");
		assertThat(Reads.one("ankomst kl. 14", "da").value()).isEqualTo("14:00");
		assertThat(Reads.one("ankomst kl. 14.30", "da").value()).isEqualTo("14:30");
		assertThat(Reads.one("Ankunft 14 Uhr", "de").value()).isEqualTo("14:00");
		assertThat(Reads.one("arrival 2 pm", "en").value()).isEqualTo("14:00");
		assertThat(Reads.one("arrival 2:30 p.m.", "en").value()).isEqualTo("14:30");
		assertThat(Reads.one("arrival 12 am", "en").value()).isEqualTo("00:00");
	}

	@Test
	void aRangeIsTwoTimes() {
		List<Found> slot = Reads.of("afhentning kl. 8-12", "da");
		assertThat(slot).extracting(Found::value).containsExactly("08:00", "12:00");
		assertThat(Reads.of("zwischen 9 und 11 Uhr", "de")).extracting(Found::value).containsExactly("09:00", "11:00");
	}

	@Test
	void theGermanAmIsNoClock() {
		assertThat(Reads.of("Wir kommen 3 am Dienstag", "de")).extracting(Found::kind)
			.containsExactly("number", "date");
	}

}
