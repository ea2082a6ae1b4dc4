package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.TimeRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The time report's rows by day, each day's entries by start time. */
final class TimeReport {

	private TimeReport() {
	}

	static Map<LocalDate, List<TimeRow>> byDay(List<TimeRow> rows) {
		Map<LocalDate, List<TimeRow>> days = new TreeMap<>();
		for (TimeRow row : rows) {
			days.computeIfAbsent(row.date(), d -> new ArrayList<>()).add(row);
		}
		days.values().forEach(day -> day.sort(Comparator.comparing(TimeRow::start)));
		return days;
	}

}
