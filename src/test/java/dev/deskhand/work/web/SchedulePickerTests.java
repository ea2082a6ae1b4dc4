package dev.deskhand.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.web.SchedulePicker.Frequency;
import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class SchedulePickerTests {

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	SchedulePickerTests() {
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void turnsChoicesIntoCron() {
		assertThat(SchedulePicker.cron(Frequency.WEEKDAYS, "08:00", null, null, null)).isEqualTo("0 0 8 * * MON-FRI");
		assertThat(SchedulePicker.cron(Frequency.DAILY, "17:30", null, null, null)).isEqualTo("0 30 17 * * *");
		assertThat(SchedulePicker.cron(Frequency.WEEKLY, "09:15", DayOfWeek.MONDAY, null, null))
			.isEqualTo("0 15 9 * * MON");
		assertThat(SchedulePicker.cron(Frequency.MONTHLY, "07:00", null, 1, null)).isEqualTo("0 0 7 1 * *");
		assertThat(SchedulePicker.cron(Frequency.CRON, null, null, null, " 0 0 15 * * FRI "))
			.isEqualTo("0 0 15 * * FRI");
	}

	@Test
	void refusesAMissingTimeOrAnImpossibleDate() {
		assertThatThrownBy(() -> SchedulePicker.cron(Frequency.DAILY, "", null, null, null))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("playbook.error.scheduleTime");
		assertThatThrownBy(() -> SchedulePicker.cron(Frequency.MONTHLY, "08:00", null, 31, null))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void describesPickedSchedulesInWordsAndLeavesOtherCronAlone() {
		assertThat(SchedulePicker.describe("0 0 8 * * MON-FRI", messages, Locale.ENGLISH))
			.isEqualTo("Every weekday at 08:00");
		assertThat(SchedulePicker.describe("0 0 15 * * FRI", messages, Locale.of("da")))
			.isEqualTo("Hver fredag kl. 15:00");
		assertThat(SchedulePicker.describe("0 0 7 1 * *", messages, Locale.GERMAN))
			.isEqualTo("Monatlich am 1. um 07:00");
		assertThat(SchedulePicker.describe("0 */5 * * * *", messages, Locale.ENGLISH)).isNull();
	}

}
