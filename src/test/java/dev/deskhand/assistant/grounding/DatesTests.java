package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTests {

	@Test
	void readsNumericAndWrittenDatesInEachLanguage() {
		assertThat(Reads.one("Levering 08.12.2026.", "da").readings()).containsExactly("date:2026-12-08");
		assertThat(Reads.one("Levering den 8.12. hos jer", "da").readings()).containsExactly("date:2026-12-08");
		assertThat(Reads.one("Levering d. 8/12", "da").readings()).containsExactly("date:2026-12-08");
		assertThat(Reads.one("Zustellung am 3. März", "de").readings()).containsExactly("date:2027-03-03");
		assertThat(Reads.one("Delivery on 8 December", "en").readings()).containsExactly("date:2026-12-08");
		assertThat(Reads.one("Delivery on December 8th, 2026", "en").readings()).containsExactly("date:2026-12-08");
		assertThat(Reads.one("ETA 2026-12-08T14:30", "en").readings()).contains("datetime:2026-12-08T14:30");
	}

	@Test
	void readsEnglishSlashDatesBothWays() {
		assertThat(Reads.one("due 8/12", "en").readings()).containsExactly("date:2026-12-08", "date:2026-08-12");
	}

	@Test
	void aWeekdayThatIsNotTheDatesBacksNothing() {
		Found right = Reads.one("tirsdag den 8. december", "da");
		assertThat(right.readings()).containsExactly("date:2026-12-08");
		Found wrong = Reads.one("onsdag den 8. december", "da");
		assertThat(wrong.readings()).isEmpty();
		assertThat(wrong.start()).isZero();
		assertThat(Reads.one("am Donnerstag, 4. März 2026", "de").readings()).isEmpty();
	}

	@Test
	void resolvesRelativeDatesFromToday() {
		assertThat(Reads.one("i morgen", "da").readings()).containsExactly("date:2026-12-05");
		assertThat(Reads.one("Vi leverer næste tirsdag.", "da").readings()).containsExactly("date:2026-12-08",
				"date:2026-12-15");
		assertThat(Reads.one("Wir liefern am Dienstag.", "de").readings()).contains("date:2026-12-08");
		assertThat(Reads.one("We deliver next Tuesday.", "en").readings()).contains("date:2026-12-08");
		assertThat(Reads.one("übermorgen", "de").readings()).containsExactly("date:2026-12-06");
		assertThat(Reads.one("om 3 hverdage", "da").readings()).containsExactly("date:2026-12-09");
		assertThat(Reads.one("in zwei Tagen", "de").readings()).containsExactly("date:2026-12-06");
		assertThat(Reads.one("i uge 50", "da").readings()).contains("week:2026-W50");
	}

	@Test
	void aGreetingIsNoDate() {
		assertThat(Reads.of("Guten Morgen Herr Maier", "de")).isEmpty();
		assertThat(Reads.of("tirsdag morgen", "da")).hasSize(1);
	}

}
