package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.TimeRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The time report's rows by day (each day's entries by start time) and by work item. */
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

	/**
	 * Hours per work item ("reference title"), in the order items first appear; time
	 * without a work item under the empty key.
	 */
	static Map<String, BigDecimal> byItem(List<TimeRow> rows) {
		Map<String, BigDecimal> items = new LinkedHashMap<>();
		byDay(rows).values().stream().flatMap(List::stream).forEach(row -> {
			String item = String.join(" ",
					Stream.of(row.itemReference(), row.itemTitle())
						.filter(text -> text != null && !text.isBlank())
						.toList());
			items.merge(item, row.hours(), BigDecimal::add);
		});
		return items;
	}

}
