package dev.deskhand.billing.invoices;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Billing periods: ISO weeks (Monday to Sunday) or calendar months, as days. */
public final class Periods {

	private Periods() {
	}

	/** The period of {@code kind} (WEEKLY, MONTHLY) containing {@code day}. */
	public static LocalDate[] containing(String kind, LocalDate day) {
		if (kind.equals("WEEKLY")) {
			LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return new LocalDate[] { monday, monday.plusDays(6) };
		}
		LocalDate first = day.withDayOfMonth(1);
		return new LocalDate[] { first, first.plusMonths(1).minusDays(1) };
	}

	/** The last period that ended before {@code today}. */
	static LocalDate[] lastEnded(String kind, LocalDate today) {
		return containing(kind, kind.equals("WEEKLY") ? today.minusWeeks(1) : today.minusMonths(1));
	}

}
