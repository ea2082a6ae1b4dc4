package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Form fields read as people type them in Danish, German and English. */
class FormValuesTests {

	private static final Text REFUSED = Text.of("input.number");

	@Test
	void decimalsInEveryWrittenForm() {
		assertThat(FormValues.decimal("/rate", "1.234,50", REFUSED)).isEqualByComparingTo(new BigDecimal("1234.50"));
		assertThat(FormValues.decimal("/rate", "1,234.50", REFUSED)).isEqualByComparingTo(new BigDecimal("1234.50"));
		assertThat(FormValues.decimal("/rate", " 250 ", REFUSED)).isEqualByComparingTo(new BigDecimal("250"));
		assertThat(FormValues.decimal("/rate", "12 500,75", REFUSED)).isEqualByComparingTo(new BigDecimal("12500.75"));
		assertThat(FormValues.decimal("/rate", "  ", REFUSED)).isNull();
		assertThatThrownBy(() -> FormValues.decimal("/rate", "250 kr", REFUSED))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/rate"));
	}

	@Test
	void integersDatesAndTimes() {
		assertThat(FormValues.integer("/hours", "20", REFUSED)).isEqualTo(20);
		assertThat(FormValues.date("/day", "2026-12-04", REFUSED)).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(FormValues.time("/from", "08:30", REFUSED)).isEqualTo(LocalTime.of(8, 30));
		assertThat(FormValues.time("/from", null, REFUSED)).isNull();
		assertThatThrownBy(() -> FormValues.integer("/hours", "twenty", REFUSED))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> FormValues.date("/day", "4.12.2026", REFUSED))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/day"));
		assertThatThrownBy(() -> FormValues.time("/from", "8 Uhr", REFUSED)).isInstanceOf(InvalidInputException.class);
	}

}
