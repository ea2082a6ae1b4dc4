package dev.deskhand.billing.contracts;

import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Money;
import dev.deskhand.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks of a contract's terms and rates: each failure names its field (a JSON pointer)
 * and says why in the reader's language, before anything is written.
 */
final class ContractChecks {

	/** The most a rate may be: anything above is a typing mistake. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

	/** A retainer covers at most every hour of a month. */
	static final BigDecimal MAX_RETAINER_HOURS = new BigDecimal("744");

	private static final Pattern WORK_TYPE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,59}$");

	private static final Map<ContractKind, Set<RateKind>> KINDS = Map.of(ContractKind.HOURLY,
			EnumSet.of(RateKind.HOURLY), ContractKind.PER_TASK, EnumSet.of(RateKind.TASK), ContractKind.RETAINER,
			EnumSet.of(RateKind.RETAINER, RateKind.OVERAGE));

	private ContractChecks() {
	}

	static String currency(@Nullable String typed) {
		String c = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
		if (!Money.CURRENCIES.contains(c)) {
			throw invalid("/currency", "currency");
		}
		return c;
	}

	/** The rate kinds a contract of {@code kind} is billed with. */
	static Set<RateKind> rateKinds(ContractKind kind) {
		return KINDS.get(kind);
	}

	/** An amount of 0 to 1,000,000 with at most two decimals, to two decimals. */
	static BigDecimal amount(String pointer, @Nullable BigDecimal amount) {
		if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
				|| amount.stripTrailingZeros().scale() > 2) {
			throw invalid(pointer, "amount");
		}
		return amount.setScale(2);
	}

	static @Nullable BigDecimal retainerHours(ContractKind kind, @Nullable BigDecimal hours) {
		if (kind != ContractKind.RETAINER) {
			return null;
		}
		if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_RETAINER_HOURS) > 0
				|| hours.stripTrailingZeros().scale() > 2) {
			throw invalid("/retainerHours", "retainerHours");
		}
		return hours.setScale(2);
	}

	/** The work type of a TASK rate, empty for the other kinds. */
	static String workType(String pointer, RateKind kind, @Nullable String typed) {
		if (kind != RateKind.TASK) {
			return "";
		}
		String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (!WORK_TYPE.matcher(t).matches()) {
			throw invalid(pointer, "workType");
		}
		return t;
	}

	/** The rate's first day: within the contract's days. */
	static LocalDate effectiveFrom(String pointer, @Nullable LocalDate from, LocalDate startsOn,
			@Nullable LocalDate endsOn) {
		if (from == null) {
			throw invalid(pointer, "date");
		}
		if (from.isBefore(startsOn)) {
			throw invalid(pointer, "rateBeforeStart");
		}
		if (endsOn != null && from.isAfter(endsOn)) {
			throw invalid(pointer, "rateAfterEnd");
		}
		return from;
	}

	static void dates(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalDate trialEndsOn,
			LocalDate today) {
		if (startsOn == null) {
			throw invalid("/startsOn", "date");
		}
		if (startsOn.getYear() < 2000 || startsOn.getYear() > 2100) {
			throw invalid("/startsOn", "date");
		}
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw invalid("/endsOn", "endBeforeStart");
		}
		if (endsOn != null && endsOn.isBefore(today)) {
			throw invalid("/endsOn", "endPast");
		}
		if (endsOn != null && endsOn.getYear() > 2100) {
			throw invalid("/endsOn", "date");
		}
		if (trialEndsOn != null
				&& (trialEndsOn.isBefore(startsOn) || (endsOn != null && trialEndsOn.isAfter(endsOn)))) {
			throw invalid("/trialEndsOn", "trial");
		}
	}

	static String text(String pointer, @Nullable String typed, int max) {
		String t = typed == null ? "" : typed.strip();
		if (t.length() > max) {
			throw new InvalidInputException(pointer, Text.of("billing.contract.error.length", max));
		}
		return t;
	}

	static InvalidInputException invalid(String pointer, String reason) {
		return new InvalidInputException(pointer, Text.of("billing.contract.error." + reason));
	}

}
