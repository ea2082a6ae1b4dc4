package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.billing.invoices.Calculation.Line;
import dev.deskhand.billing.invoices.Calculation.LineKind;
import dev.deskhand.billing.invoices.Terms.Rate;
import dev.deskhand.timesheets.ApprovedTime;
import dev.deskhand.workspace.MemberId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * What the invoice arithmetic guarantees for any entries and rates: the lines add up to
 * the total, rounding moves no line by more than half a cent, retainer overage starts one
 * minute after the included hours, and a rate change splits the hours where it happens.
 */
class InvoiceCalculatorProperties {

	private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final LocalDate TO = LocalDate.of(2026, 3, 31);

	private static final VatRules.Decision DK = VatRules.decide("DK", "STANDARD", "DK", "DK12345678");

	private static final MemberId MEMBER = new MemberId(UUID.randomUUID());

	/** An entry on a day of March 2026, up to 10 hours long. */
	record Spec(int day, int startMinute, int minutes, int seconds, boolean billable) {
	}

	@Provide
	Arbitrary<Spec> entries() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 13 * 60),
					Arbitraries.integers().between(1, 600), Arbitraries.integers().between(0, 59),
					Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)))
			.as(Spec::new);
	}

	@Provide
	Arbitrary<BigDecimal> prices() {
		return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2);
	}

	@Property
	void theLinesAddUpToTheTotal(@ForAll @Size(max = 40) List<@From("entries") Spec> specs,
			@ForAll("prices") BigDecimal first, @ForAll("prices") BigDecimal second,
			@ForAll @IntRange(max = 30) int change, @ForAll("decisions") VatRules.Decision vat) {
		Terms terms = hourly(first, second, FROM.plusDays(change));
		Calculation c = InvoiceCalculator.calculate(terms, FROM, TO, ZONE, time(specs), List.of(), vat);
		BigDecimal sum = c.lines().stream().map(Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(c.net()).isEqualByComparingTo(sum);
		assertThat(c.vat().stream().map(Calculation.VatAmount::base).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(c.net());
		assertThat(c.gross()).isEqualByComparingTo(c.net().add(c.vatTotal()));
		assertThat(c.gross().scale()).isEqualTo(2);
	}

	@Property
	void roundingNeverLosesOrInventsACent(@ForAll @Size(max = 40) List<@From("entries") Spec> specs,
			@ForAll("prices") BigDecimal first, @ForAll("prices") BigDecimal second,
			@ForAll @IntRange(max = 30) int change, @ForAll("decisions") VatRules.Decision vat) {
		Terms terms = hourly(first, second, FROM.plusDays(change));
		List<ApprovedTime> time = time(specs);
		Calculation c = InvoiceCalculator.calculate(terms, FROM, TO, ZONE, time, List.of(), vat);
		BigDecimal halfCent = new BigDecimal("0.005");
		for (Line line : c.lines()) {
			assertThat(line.net().scale()).isEqualTo(2);
			assertThat(line.net().subtract(line.quantity().multiply(line.unitPrice())).abs())
				.isLessThanOrEqualTo(halfCent);
		}
		long billedMinutes = time.stream().filter(ApprovedTime::billable).mapToLong(InvoiceCalculator::minutes).sum();
		BigDecimal hours = c.lines().stream().map(Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal exactHours = BigDecimal.valueOf(billedMinutes)
			.divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP);
		assertThat(hours.subtract(exactHours).abs())
			.isLessThanOrEqualTo(halfCent.multiply(BigDecimal.valueOf(c.lines().size())));
		BigDecimal exactVat = c.net().multiply(vat.rate()).movePointLeft(2);
		assertThat(c.vatTotal().subtract(exactVat).abs()).isLessThanOrEqualTo(halfCent);
	}

	@Property
	void aRateChangeMidPeriodSplitsTheHoursWhereItHappens(
			@ForAll @Size(min = 1, max = 40) List<@From("entries") Spec> specs,
			@ForAll @IntRange(min = 1, max = 30) int change) {
		LocalDate changeDay = FROM.plusDays(change);
		Terms terms = hourly(new BigDecimal("400.00"), new BigDecimal("450.00"), changeDay);
		List<ApprovedTime> time = time(specs);
		Calculation c = InvoiceCalculator.calculate(terms, FROM, TO, ZONE, time, List.of(), DK);
		long before = minutesWhere(time, d -> d.isBefore(changeDay));
		long after = minutesWhere(time, d -> !d.isBefore(changeDay));
		List<Line> expected = new ArrayList<>();
		if (before > 0 || time.stream().anyMatch(e -> e.billable() && day(e).isBefore(changeDay))) {
			expected.add(line(before, "400.00", FROM, changeDay.minusDays(1)));
		}
		if (after > 0 || time.stream().anyMatch(e -> e.billable() && !day(e).isBefore(changeDay))) {
			expected.add(line(after, "450.00", changeDay, TO));
		}
		assertThat(c.lines()).containsExactlyElementsOf(expected);
	}

	@Property
	void retainerOverageStartsOneMinuteAfterTheIncludedHours(@ForAll @IntRange(min = 1, max = 160) int included,
			@ForAll @IntRange(min = 1, max = 8) int pieces, @ForAll @IntRange(max = 1) int extraMinutes) {
		Terms terms = new Terms("RETAINER", "DKK", BigDecimal.valueOf(included),
				List.of(new Rate("RETAINER", "", FROM, new BigDecimal("20000.00")),
						new Rate("OVERAGE", "", FROM, new BigDecimal("500.00"))));
		long total = included * 60L + extraMinutes;
		// the worked minutes spread over entries of at most 600 minutes, one a day
		int chunk = (int) Math.min(600, (total + pieces - 1) / pieces);
		List<Spec> specs = new ArrayList<>();
		for (long left = total; left > 0; left -= chunk) {
			specs.add(new Spec(specs.size(), 0, (int) Math.min(chunk, left), 0, true));
		}
		Calculation c = InvoiceCalculator.calculate(terms, FROM, TO, ZONE, time(specs), List.of(), DK);
		assertThat(c.lines().get(0)).isEqualTo(new Line(LineKind.RETAINER, null, FROM, TO, BigDecimal.ONE, "C62",
				new BigDecimal("20000.00"), new BigDecimal("20000.00")));
		if (extraMinutes == 0) {
			assertThat(c.lines()).hasSize(1);
		}
		else {
			assertThat(c.lines()).hasSize(2);
			assertThat(c.lines().get(1).quantity()).isEqualByComparingTo("0.02");
			assertThat(c.lines().get(1).net()).isEqualByComparingTo("10.00");
		}
	}

	@Example
	void quantitiesAreWholeMinutesRoundedHalfUpToHundredthsOfAnHour() {
		Terms terms = hourly(new BigDecimal("450.00"), new BigDecimal("450.00"), FROM);
		// 20 min + 10 min 59 s → 30 whole minutes = 0.50 h; 1 min → 0.0166… → 0.02 h
		Calculation c = InvoiceCalculator.calculate(terms, FROM, TO, ZONE,
				time(List.of(new Spec(2, 60, 20, 0, true), new Spec(3, 60, 10, 59, true))), List.of(), DK);
		assertThat(c.lines().get(0).quantity()).isEqualByComparingTo("0.50");
		assertThat(c.net()).isEqualByComparingTo("225.00");
		assertThat(c.vatTotal()).isEqualByComparingTo("56.25");
		assertThat(c.gross()).isEqualByComparingTo("281.25");
		Calculation one = InvoiceCalculator.calculate(terms, FROM, TO, ZONE, time(List.of(new Spec(2, 60, 1, 0, true))),
				List.of(), DK);
		assertThat(one.lines().get(0).quantity()).isEqualByComparingTo("0.02");
		assertThat(one.net()).isEqualByComparingTo("9.00");
	}

	@Provide
	Arbitrary<VatRules.Decision> decisions() {
		return Arbitraries.of(DK, VatRules.decide("DE", "STANDARD", "DE", null),
				VatRules.decide("DE", "SMALL_BUSINESS", "DE", null), VatRules.decide("DK", "STANDARD", "DE", "DE123"),
				VatRules.decide("DK", "STANDARD", "US", null));
	}

	private static Line line(long minutes, String price, LocalDate from, LocalDate to) {
		BigDecimal qty = InvoiceCalculator.hours(BigDecimal.valueOf(minutes));
		return new Line(LineKind.HOURS, null, from, to, qty, "HUR", new BigDecimal(price),
				qty.multiply(new BigDecimal(price)).setScale(2, RoundingMode.HALF_UP));
	}

	private static long minutesWhere(List<ApprovedTime> time, java.util.function.Predicate<LocalDate> day) {
		return time.stream().filter(e -> e.billable() && day.test(day(e))).mapToLong(InvoiceCalculator::minutes).sum();
	}

	private static LocalDate day(ApprovedTime e) {
		return LocalDate.ofInstant(e.startedAt(), ZONE);
	}

	private static Terms hourly(BigDecimal first, BigDecimal second, LocalDate change) {
		List<Rate> rates = new ArrayList<>(List.of(new Rate("HOURLY", "", FROM.minusMonths(2), first)));
		if (change.isAfter(FROM)) {
			rates.add(new Rate("HOURLY", "", change, second));
		}
		return new Terms("HOURLY", "DKK", null, rates);
	}

	static List<ApprovedTime> time(List<Spec> specs) {
		return specs.stream().map(s -> {
			Instant start = FROM.plusDays(s.day())
				.atStartOfDay(ZONE)
				.toInstant()
				.plus(Duration.ofMinutes(s.startMinute()));
			Instant end = start.plus(Duration.ofMinutes(s.minutes())).plusSeconds(s.seconds());
			return new ApprovedTime(UUID.randomUUID(), MEMBER, null, null, null, null, null, start, end, s.billable(),
					"");
		}).toList();
	}

}
