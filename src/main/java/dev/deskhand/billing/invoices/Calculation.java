package dev.deskhand.billing.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the calculator made of a period: the lines (each rounded to cents), the VAT per
 * category and rate (rounded once per rate), and the totals.
 */
record Calculation(List<Line> lines, List<VatAmount> vat, BigDecimal net, BigDecimal vatTotal, BigDecimal gross) {

	Calculation {
		lines = List.copyOf(lines);
		vat = List.copyOf(vat);
	}

	/**
	 * What a line is for; its description is written in the recipient's language later.
	 */
	enum LineKind {

		HOURS, TASKS, RETAINER, OVERAGE

	}

	/**
	 * One line before VAT.
	 *
	 * @param workType the work type of a TASKS line, else null
	 * @param from first day the line covers
	 * @param to last day the line covers (inclusive)
	 * @param quantity hours (2 decimals) or a count
	 * @param unit HUR or C62
	 * @param net quantity × unit price, rounded half up to cents
	 */
	record Line(LineKind kind, @Nullable String workType, LocalDate from, LocalDate to, BigDecimal quantity,
			String unit, BigDecimal unitPrice, BigDecimal net) {
	}

	/** VAT of one category and rate: the sum of its lines' nets, and the VAT on it. */
	record VatAmount(String category, BigDecimal rate, BigDecimal base, BigDecimal amount) {
	}

}
