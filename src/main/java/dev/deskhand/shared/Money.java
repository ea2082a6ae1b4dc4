package dev.deskhand.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * An exact amount of money in one of the currencies Deskhand bills in (never a double).
 * The amount keeps the scale it was computed with; {@link #rounded()} rounds to whole
 * cents half up, the one rounding rule of invoices (each line is rounded, then lines are
 * summed, so the total is always the sum of what the lines show).
 *
 * @param amount the exact amount, never null
 * @param currency an ISO 4217 code of {@link #CURRENCIES}
 */
public record Money(BigDecimal amount, String currency) {

	/** The currencies contracts and invoices may use. */
	public static final Set<String> CURRENCIES = Set.of("DKK", "EUR", "USD", "GBP");

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (!CURRENCIES.contains(currency)) {
			throw new InvalidInputException("/currency", Text.of("input.currency", currency));
		}
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO.setScale(2), currency);
	}

	public Money plus(Money other) {
		return new Money(amount.add(same(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(same(other).amount), currency);
	}

	/** This amount times an exact factor (hours, a count, a VAT rate), not rounded. */
	public Money times(BigDecimal factor) {
		return new Money(amount.multiply(factor), currency);
	}

	/** Rounded to whole cents, half up. */
	public Money rounded() {
		return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	private Money same(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
		}
		return other;
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}

}
