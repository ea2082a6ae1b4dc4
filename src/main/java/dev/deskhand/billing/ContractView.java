package dev.deskhand.billing;

import dev.deskhand.shared.Money;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An engagement contract as its assistant and the workspace's owner see it: its terms,
 * every rate ever set (oldest first; a rate is never changed, a new one takes over from
 * its date) and its clauses with who accepted them when.
 *
 * @param member the assistant the contract is with
 * @param memberName the assistant's name as the workspace shows it
 * @param issuer the issuer profile the contract bills through
 * @param issuerName that profile's name
 * @param endsOn the last day, null for no end
 * @param endedAt when it was ended, null while it is not
 * @param endReason why it was ended, empty for none
 * @param trialEndsOn the trial's last day, null for no trial
 * @param retainerHours hours a retainer's fee covers per billing period, null for other
 * kinds
 */
public record ContractView(ContractId id, WorkspaceId workspace, MemberId member, String memberName, UUID issuer,
		String issuerName, ContractKind kind, String currency, BillingPeriod period, LocalDate startsOn,
		@Nullable LocalDate endsOn, Status status, @Nullable Instant endedAt, String endReason,
		@Nullable LocalDate trialEndsOn, String trialTargets, @Nullable BigDecimal retainerHours, String scope,
		List<Rate> rates, List<Clause> clauses, Instant createdAt) {

	/**
	 * DRAFT: offered, clauses not all accepted; ACTIVE: in force (from its start); ENDED.
	 */
	public enum Status {

		DRAFT, ACTIVE, ENDED

	}

	/**
	 * HOURLY: per hour; TASK: per resolved work item of a work type; RETAINER: the fee
	 * per billing period; OVERAGE: per hour over the retainer's hours.
	 */
	public enum RateKind {

		HOURLY, TASK, RETAINER, OVERAGE

	}

	/** Clauses an assistant accepts before the contract starts. */
	public enum ClauseKind {

		NDA, IP_ASSIGNMENT, AUDIT_RIGHTS;

		/** The version new contracts ask for. */
		public static final int CURRENT_VERSION = 1;

	}

	/**
	 * A rate from {@code effectiveFrom} until the next rate of the same kind and work
	 * type.
	 *
	 * @param workType the work type of a TASK rate, empty for the other kinds
	 */
	public record Rate(RateKind kind, String workType, LocalDate effectiveFrom, Money amount, Instant createdAt) {
	}

	/** A clause; {@code acceptedAt} and {@code acceptedBy} are null until accepted. */
	public record Clause(ClauseKind clause, int version, @Nullable Instant acceptedAt, @Nullable MemberId acceptedBy) {

		public boolean accepted() {
			return acceptedAt != null;
		}
	}

	/** The rate in force on {@code day}, if any. */
	public Optional<Money> rateOn(RateKind kind, String workType, LocalDate day) {
		return rates.stream()
			.filter(r -> r.kind() == kind && r.workType().equals(workType) && !r.effectiveFrom().isAfter(day))
			.max(Comparator.comparing(Rate::effectiveFrom))
			.map(Rate::amount);
	}

	/**
	 * The rates in force on {@code day} (one per kind and work type) and those set to
	 * start later, in order of kind, work type and date.
	 */
	public List<Rate> ratesFrom(LocalDate day) {
		return rates.stream().filter(r -> r.effectiveFrom().isAfter(day) || current(r, day)).sorted(ORDER).toList();
	}

	/** Every clause was accepted. */
	public boolean clausesAccepted() {
		return clauses.stream().allMatch(Clause::accepted);
	}

	/** The trial is still running on {@code day}. */
	public boolean inTrial(LocalDate day) {
		return trialEndsOn != null && !day.isAfter(trialEndsOn) && status != Status.ENDED;
	}

	/** Live: not ended (a draft or an active contract). */
	public boolean live() {
		return status != Status.ENDED;
	}

	private boolean current(Rate r, LocalDate day) {
		return !r.effectiveFrom().isAfter(day) && rates.stream()
			.noneMatch(o -> o.kind() == r.kind() && o.workType().equals(r.workType())
					&& o.effectiveFrom().isAfter(r.effectiveFrom()) && !o.effectiveFrom().isAfter(day));
	}

	private static final Comparator<Rate> ORDER = Comparator.comparing(Rate::kind)
		.thenComparing(Rate::workType)
		.thenComparing(Rate::effectiveFrom);

}
