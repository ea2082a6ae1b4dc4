package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract became active: its clauses were accepted and the member's access now follows
 * it. {@code endsOn} is null for a contract without an end.
 */
public record ContractStarted(WorkspaceId workspace, ContractId contract, MemberId member, ContractKind kind,
		LocalDate startsOn, @Nullable LocalDate endsOn) {
}
