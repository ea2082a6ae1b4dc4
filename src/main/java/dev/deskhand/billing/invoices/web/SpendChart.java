package dev.deskhand.billing.invoices.web;

import dev.deskhand.billing.MonthlySpend;
import dev.deskhand.billing.invoices.InvoiceRows;
import dev.deskhand.workspace.MemberView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The spend per assistant per month as the JSON the bar chart reads: months as labels,
 * one dataset per assistant and currency.
 */
final class SpendChart {

	private SpendChart() {
	}

	static String of(List<MonthlySpend> spend, List<MemberView> members) {
		Map<UUID, String> names = members.stream()
			.collect(Collectors.toMap(m -> m.id().value(), MemberView::displayName));
		List<String> months = List.copyOf(new TreeSet<>(spend.stream().map(MonthlySpend::month).toList()));
		Map<String, BigDecimal[]> series = new LinkedHashMap<>();
		for (MonthlySpend s : spend) {
			String label = names.getOrDefault(s.member(), "?") + " (" + s.currency() + ")";
			BigDecimal[] row = series.computeIfAbsent(label, k -> zeros(months.size()));
			row[months.indexOf(s.month())] = row[months.indexOf(s.month())].add(s.net());
		}
		StringBuilder json = new StringBuilder("{\"labels\":[");
		json.append(months.stream().map(SpendChart::quote).collect(Collectors.joining(",")));
		json.append("],\"datasets\":[");
		json.append(series.entrySet()
			.stream()
			.map(e -> "{\"label\":" + quote(e.getKey()) + ",\"data\":["
					+ java.util.Arrays.stream(e.getValue())
						.map(BigDecimal::toPlainString)
						.collect(Collectors.joining(","))
					+ "]}")
			.collect(Collectors.joining(",")));
		return json.append("]}").toString();
	}

	private static BigDecimal[] zeros(int n) {
		BigDecimal[] all = new BigDecimal[n];
		java.util.Arrays.fill(all, BigDecimal.ZERO);
		return all;
	}

	private static String quote(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				b.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
				b.append(String.format("\\u%04x", (int) c));
			}
			else {
				b.append(c);
			}
		}
		return b.append('"').toString();
	}

}
