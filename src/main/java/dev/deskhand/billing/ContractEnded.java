package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract ended (ended by the owner, or its end date passed); the access it gave ended
 * with it. {@code endsOn} is its last day, {@code reason} empty when none was given.
 */
public record ContractEnded(WorkspaceId workspace, ContractId contract, MemberId member, LocalDate endsOn,
		Instant endedAt, String reason) {
}
