package dev.deskhand.hiring;

import dev.deskhand.billing.ContractId;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hire as the workspace's managers see it: the bid's terms, the trial and what was
 * handed over to access and billing.
 *
 * @param trialEndsOn the last day of access in the workspace's zone (the grant ends at
 * the end of it): the trial's last day during the trial, the agreed last day once
 * converted; null for no end
 * @param firstTrialEndsOn the trial's last day when hired, null for no trial
 * @param member the member the invited person became, null until they joined
 * @param contract the engagement contract, null until it could be made (the assistant
 * needs an issuer profile first)
 */
public record HireView(HireId id, WorkspaceId workspace, BidId bid, JobPostId post, String postTitle, String email,
		String name, ContractKind contractKind, BigDecimal rate, String currency, @Nullable LocalDate trialEndsOn,
		@Nullable LocalDate firstTrialEndsOn, List<String> scopes, MemberId hiredBy, Instant hiredAt,
		@Nullable MemberId member, @Nullable Instant joinedAt, @Nullable ContractId contract, HireStatus status,
		@Nullable Instant decidedAt) {

	public HireView {
		scopes = List.copyOf(scopes);
	}

	/** The trial is running on {@code day}. */
	public boolean inTrial(LocalDate day) {
		return status == HireStatus.TRIAL && trialEndsOn != null && !day.isAfter(trialEndsOn);
	}

}
