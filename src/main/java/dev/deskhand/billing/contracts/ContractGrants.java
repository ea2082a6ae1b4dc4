package dev.deskhand.billing.contracts;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantId;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.billing.ContractView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The access grant follows the contract: activating it gives the assistant an ASSISTANT
 * grant until the contract's last day (the member's live grant extended or limited to it,
 * or a new one), ending it revokes that grant. Both go through {@link AccessManagement}
 * (audited there) with the authority of the owner who offered the contract, or another
 * live owner: an assistant never changes their own grant.
 */
@Component
public class ContractGrants {

	private final AccessManagement access;

	private final WorkspaceManagement workspaces;

	private final Clock clock;

	ContractGrants(AccessManagement access, WorkspaceManagement workspaces, Clock clock) {
		this.access = access;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/**
	 * The member's grant, running until the end of the contract's last day in the
	 * workspace's time zone (no end for a contract without one).
	 * @return the grant's id
	 */
	GrantId follow(ContractView c, WorkspaceView ws, Membership owner) {
		Instant until = c.endsOn() == null ? null : c.endsOn().plusDays(1).atStartOfDay(ws.timeZone()).toInstant();
		Optional<GrantView> live = access.liveGrant(c.member());
		if (live.isPresent()) {
			GrantView g = live.get();
			if (g.role() != Role.ASSISTANT) {
				throw new InvalidInputException("/member", Text.of("billing.contract.error.member"));
			}
			if (!Objects.equals(g.validUntil(), until)) {
				access.change(owner, g.id(), null, null, until, until == null, null);
			}
			return g.id();
		}
		return access.grant(owner, c.member(), Role.ASSISTANT, until, List.of()).id();
	}

	/** Revokes the grant the contract gave, when it is still the member's live one. */
	void end(ContractView c, @Nullable UUID grant, Membership owner) {
		if (grant == null) {
			return;
		}
		access.liveGrant(c.member())
			.filter(g -> g.id().value().equals(grant))
			.ifPresent(g -> access.revoke(owner, g.id()));
	}

	/**
	 * An owner of the workspace with a live grant, preferring {@code preferred}: whose
	 * authority an acceptance or the end sweep acts with.
	 */
	Membership ownerActing(WorkspaceView ws, @Nullable MemberId preferred) {
		Instant now = clock.instant();
		List<GrantView> owners = access.grants(ws.id())
			.stream()
			.filter(g -> g.role() == Role.OWNER && g.liveAt(now) && g.scopes().isEmpty())
			.toList();
		return Stream
			.concat(owners.stream().filter(g -> g.member().equals(preferred)),
					owners.stream().filter(g -> !g.member().equals(preferred)))
			.map(g -> workspaces.findMember(g.member())
				.filter(MemberView::active)
				.map(m -> new Membership(ws, m, g))
				.orElse(null))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("/contract", Text.of("billing.contract.error.noOwner")));
	}

	/** Today in the workspace's time zone. */
	LocalDate today(WorkspaceView ws) {
		return LocalDate.ofInstant(clock.instant(), ws.timeZone());
	}

}
