package dev.deskhand.billing.invoices;

import dev.deskhand.billing.invoices.Calculation.Line;
import dev.deskhand.billing.invoices.Calculation.LineKind;
import dev.deskhand.billing.invoices.Calculation.VatAmount;
import dev.deskhand.billing.invoices.Terms.Rate;
import dev.deskhand.timesheets.ApprovedTime;
import dev.deskhand.work.ResolvedItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines and totals of one period (pure: no database, no clock). The rules, in this
 * order:
 * <ol>
 * <li>Only billable entries count. Each entry counts its whole minutes (seconds are
 * dropped: a timer's seconds are not billed).</li>
 * <li>HOURLY: an entry is priced at the rate in force on the day it started (in the
 * workspace's zone); entries of one rate make one line, so a rate change mid-period
 * splits the lines. A line's quantity is its minutes ÷ 60, rounded half up to 2
 * decimals.</li>
 * <li>PER_TASK: resolved items counted per work type at the task price in force on the
 * day they were resolved; types without a price are not billed.</li>
 * <li>RETAINER: the fee in force on the period's first day, plus the minutes over the
 * included hours (none at exactly the included hours) at the overage rate in force on the
 * period's last day, as hours rounded like above.</li>
 * <li>Each line's net is quantity × unit price rounded half up to cents; the net total is
 * the sum of the lines; VAT per category and rate is computed once on the sum of its
 * lines and rounded half up; the total is net + VAT.</li>
 * </ol>
 */
final class InvoiceCalculator {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private InvoiceCalculator() {
	}

	static Calculation calculate(Terms terms, LocalDate from, LocalDate to, ZoneId zone, List<ApprovedTime> time,
			List<ResolvedItem> resolved, VatRules.Decision vat) {
		List<ApprovedTime> billable = time.stream().filter(ApprovedTime::billable).toList();
		List<Line> lines = switch (terms.kind()) {
			case "HOURLY" -> hourly(terms, from, to, zone, billable);
			case "PER_TASK" -> tasks(terms, from, to, zone, resolved);
			case "RETAINER" -> retainer(terms, from, to, billable);
			default -> throw new IllegalArgumentException("Unknown contract kind " + terms.kind());
		};
		return totals(lines, vat);
	}

	/** Sums rounded lines and computes VAT once per rate. */
	static Calculation totals(List<Line> lines, VatRules.Decision vat) {
		BigDecimal net = lines.stream().map(Line::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		BigDecimal vatAmount = net.multiply(vat.rate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
		List<VatAmount> vatLines = List.of(new VatAmount(vat.category(), vat.rate(), net, vatAmount));
		return new Calculation(lines, vatLines, net, vatAmount, net.add(vatAmount));
	}

	static long minutes(ApprovedTime entry) {
		return Duration.between(entry.startedAt(), entry.endedAt()).toMinutes();
	}

	static BigDecimal hours(BigDecimal minutes) {
		return minutes.divide(SIXTY, 2, RoundingMode.HALF_UP);
	}

	static BigDecimal net(BigDecimal quantity, BigDecimal price) {
		return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
	}

	private static List<Line> hourly(Terms terms, LocalDate from, LocalDate to, ZoneId zone,
			List<ApprovedTime> billable) {
		Map<Rate, Long> minutesByRate = new LinkedHashMap<>();
		for (ApprovedTime entry : billable) {
			LocalDate day = LocalDate.ofInstant(entry.startedAt(), zone);
			terms.inForce("HOURLY", "", day).ifPresent(r -> minutesByRate.merge(r, minutes(entry), Long::sum));
		}
		List<Line> lines = new ArrayList<>();
		minutesByRate.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Rate::effectiveFrom)))
			.forEach(e -> {
				BigDecimal qty = hours(BigDecimal.valueOf(e.getValue()));
				lines.add(new Line(LineKind.HOURS, null, max(from, e.getKey().effectiveFrom()),
						until(terms, e.getKey(), to), qty, "HUR", e.getKey().amount(), net(qty, e.getKey().amount())));
			});
		return lines;
	}

	private static List<Line> tasks(Terms terms, LocalDate from, LocalDate to, ZoneId zone,
			List<ResolvedItem> resolved) {
		Map<Rate, Integer> countByRate = new LinkedHashMap<>();
		for (ResolvedItem item : resolved) {
			LocalDate day = LocalDate.ofInstant(item.resolvedAt(), zone);
			terms.inForce("TASK", item.type(), day).ifPresent(r -> countByRate.merge(r, 1, Integer::sum));
		}
		List<Line> lines = new ArrayList<>();
		countByRate.entrySet()
			.stream()
			.sorted(Map.Entry
				.comparingByKey(java.util.Comparator.comparing(Rate::workType).thenComparing(Rate::effectiveFrom)))
			.forEach(e -> {
				BigDecimal qty = BigDecimal.valueOf(e.getValue());
				Rate r = e.getKey();
				lines.add(new Line(LineKind.TASKS, r.workType(), max(from, r.effectiveFrom()), until(terms, r, to), qty,
						"C62", r.amount(), net(qty, r.amount())));
			});
		return lines;
	}

	private static List<Line> retainer(Terms terms, LocalDate from, LocalDate to, List<ApprovedTime> billable) {
		List<Line> lines = new ArrayList<>();
		terms.inForce("RETAINER", "", from)
			.ifPresent(r -> lines.add(new Line(LineKind.RETAINER, null, from, to, BigDecimal.ONE, "C62", r.amount(),
					net(BigDecimal.ONE, r.amount()))));
		long worked = billable.stream().mapToLong(InvoiceCalculator::minutes).sum();
		BigDecimal included = terms.retainerHours() == null ? BigDecimal.ZERO : terms.retainerHours().multiply(SIXTY);
		BigDecimal over = BigDecimal.valueOf(worked).subtract(included);
		Optional<Rate> overage = terms.inForce("OVERAGE", "", to);
		if (over.signum() > 0 && overage.isPresent()) {
			BigDecimal qty = hours(over);
			lines.add(new Line(LineKind.OVERAGE, null, from, to, qty, "HUR", overage.get().amount(),
					net(qty, overage.get().amount())));
		}
		return lines;
	}

	/** The last day a rate covers in the period: the day before the next one starts. */
	private static LocalDate until(Terms terms, Rate rate, LocalDate to) {
		return terms.rates()
			.stream()
			.filter(r -> r.kind().equals(rate.kind()) && r.workType().equals(rate.workType())
					&& r.effectiveFrom().isAfter(rate.effectiveFrom()))
			.map(r -> r.effectiveFrom().minusDays(1))
			.filter(d -> d.isBefore(to))
			.min(LocalDate::compareTo)
			.orElse(to);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
