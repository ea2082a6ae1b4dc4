package dev.deskhand.work;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's business hours for SLA clocks.
 *
 * @param weeklyHours like {@code mon-fri 08:00-12:00, 13:00-16:30; sat 10:00-12:00}
 * @param country ISO 3166 country whose public holidays are closed, or null
 * @param subdivision e.g. {@code DE-SN} for Saxony, or null
 * @param closedDays further closed days (company holidays)
 */
public record CalendarView(String timeZone, String weeklyHours, @Nullable String country, @Nullable String subdivision,
		List<LocalDate> closedDays) {

	public CalendarView {
		closedDays = closedDays == null ? List.of() : List.copyOf(closedDays);
	}

}
