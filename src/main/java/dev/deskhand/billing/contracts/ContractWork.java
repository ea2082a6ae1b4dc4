package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewRate;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantId;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.billing.ContractEnded;
import dev.deskhand.billing.ContractId;
import dev.deskhand.billing.ContractStarted;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.Status;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The changes to contracts, each in the caller's transaction: offering one, a new rate,
 * accepting a clause (the last one activates the contract and its grant), ending it. Each
 * publishes an {@link AuditableChange}; activation {@link ContractStarted}, ending
 * {@link ContractEnded}. Access rights are the facade's.
 */
@Component
public class ContractWork {

	private final ContractStore store;

	private final ProfileStore profiles;

	private final ContractGrants grants;

	private final AccessManagement access;

	private final WorkspaceManagement workspaces;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContractWork(ContractStore store, ProfileStore profiles, ContractGrants grants, AccessManagement access,
			WorkspaceManagement workspaces, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.profiles = profiles;
		this.grants = grants;
		this.access = access;
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
	}

	/** The contract, its member named, if it exists. */
	public Optional<ContractView> find(ContractId id) {
		return store.find(id, this::name);
	}

	public List<ContractView> list(WorkspaceId ws, MemberId onlyOf) {
		return store.ofWorkspace(ws, onlyOf, this::name);
	}

	public List<ContractView> all(WorkspaceId ws) {
		return store.ofWorkspace(ws, null, this::name);
	}

	public ContractView create(Membership owner, NewContract n) {
		WorkspaceView ws = owner.workspace();
		MemberView member = assistant(ws, n.member());
		if (n.kind() == null) {
			throw ContractChecks.invalid("/kind", "kind");
		}
		if (n.period() == null) {
			throw ContractChecks.invalid("/period", "period");
		}
		String currency = ContractChecks.currency(n.currency());
		ContractChecks.dates(n.startsOn(), n.endsOn(), n.trialEndsOn(), grants.today(ws));
		var issuer = n.issuer() == null ? null
				: profiles.issuer(n.issuer()).filter(p -> p.person().equals(member.person())).orElse(null);
		if (issuer == null) {
			throw ContractChecks.invalid("/issuer", "issuer");
		}
		List<ClauseKind> clauses = n.clauses() == null ? List.of() : n.clauses().stream().distinct().toList();
		Optional<GrantView> live = access.liveGrant(member.id());
		if (!clauses.isEmpty() && live.isEmpty()) {
			throw ContractChecks.invalid("/member", "noAccess");
		}
		if (store.hasLive(ws.id(), member.id())) {
			throw ContractChecks.invalid("/member", "live");
		}
		var now = now();
		ContractView c = new ContractView(ContractId.random(), ws.id(), member.id(), member.displayName(), issuer.id(),
				issuer.name(), n.kind(), currency, n.period(), n.startsOn(), n.endsOn(), Status.DRAFT, null, "",
				n.trialEndsOn(), ContractChecks.text("/trialTargets", n.trialTargets(), 2000),
				ContractChecks.retainerHours(n.kind(), n.retainerHours()),
				ContractChecks.text("/scope", n.scope(), 4000),
				NewRates.first(n.kind(), currency, n.startsOn(), n.endsOn(), n.rates(), now),
				clauses.stream().map(k -> new ContractView.Clause(k, ClauseKind.CURRENT_VERSION, null, null)).toList(),
				now);
		overlap(member, n);
		try {
			store.insert(c, owner.member().id());
		}
		catch (DuplicateKeyException e) {
			throw ContractChecks.invalid("/member", "live");
		}
		events.publishEvent(AuditableChange.created(ws.id(), "contract", c.id(), c,
				"Contract " + c.kind() + " for " + c.memberName()));
		activateIfAccepted(c, ws, owner);
		return find(c.id()).orElseThrow();
	}

	/**
	 * {@link #create} with the authority of a live owner of the workspace (preferring
	 * {@code preferred}), for a module acting as the system.
	 */
	public ContractView createForSystem(WorkspaceId workspace, @Nullable MemberId preferred, NewContract n) {
		WorkspaceView ws = workspace(workspace);
		return create(grants.ownerActing(ws, preferred), n);
	}

	/**
	 * {@link #changeEnd} with a live owner's authority, for a module acting as the
	 * system.
	 */
	public ContractView changeEndForSystem(ContractView c, @Nullable LocalDate endsOn) {
		WorkspaceView ws = workspace(c.workspace());
		return changeEnd(grants.ownerActing(ws, store.offeredBy(c.id()).orElse(null)), c, endsOn);
	}

	/** {@link #end} with a live owner's authority, for a module acting as the system. */
	public ContractView endForSystem(ContractView c, String reason) {
		WorkspaceView ws = workspace(c.workspace());
		return end(grants.ownerActing(ws, store.offeredBy(c.id()).orElse(null)), c, reason);
	}

	public ContractView addRate(ContractView c, NewRate r) {
		if (c.status() == Status.ENDED) {
			throw ContractChecks.invalid("/effectiveFrom", "ended");
		}
		WorkspaceView ws = workspace(c.workspace());
		var rate = NewRates.next(c, r, grants.today(ws), now());
		store.insertRate(c.id(), rate);
		ContractView after = find(c.id()).orElseThrow();
		events.publishEvent(AuditableChange.updated(c.workspace(), "contract", c.id(), c, after,
				"Rate " + rate.kind() + " for " + c.memberName()));
		return after;
	}

	/** The assistant accepts a clause; the last one activates the contract. */
	public ContractView accept(Membership assistant, ContractView c, ClauseKind clause, int version) {
		if (c.status() == Status.ENDED) {
			throw ContractChecks.invalid("/clause", "ended");
		}
		if (c.clauses().stream().noneMatch(x -> x.clause() == clause && x.version() == version)) {
			throw ContractChecks.invalid("/clause", "clause");
		}
		if (store.accept(c.id(), clause, version, assistant.member().id(), now())) {
			ContractView after = find(c.id()).orElseThrow();
			events.publishEvent(AuditableChange.updated(c.workspace(), "contract", c.id(), c, after,
					"Clause " + clause + " v" + version + " accepted by " + assistant.member().displayName()));
			WorkspaceView ws = assistant.workspace();
			if (after.clausesAccepted()) {
				activateIfAccepted(after, ws, grants.ownerActing(ws, store.offeredBy(c.id()).orElse(null)));
			}
		}
		return find(c.id()).orElseThrow();
	}

	/**
	 * Ends the contract today (its last day stays when that has passed) and the grant it
	 * gave.
	 */
	public ContractView end(Membership owner, ContractView c, String reason) {
		if (c.status() == Status.ENDED) {
			throw ContractChecks.invalid("/reason", "ended");
		}
		String why = ContractChecks.text("/reason", reason, 500);
		LocalDate today = grants.today(owner.workspace());
		LocalDate last = c.endsOn() != null && c.endsOn().isBefore(today) ? c.endsOn()
				: today.isBefore(c.startsOn()) ? c.startsOn() : today;
		finish(c, last, why);
		grants.end(c, store.grantOf(c.id()).orElse(null), owner);
		return find(c.id()).orElseThrow();
	}

	/**
	 * Moves the contract's last day (null: no end); an active contract's grant follows
	 * it, extended or limited to the new end.
	 */
	public ContractView changeEnd(Membership owner, ContractView c, @Nullable LocalDate endsOn) {
		if (c.status() == Status.ENDED) {
			throw ContractChecks.invalid("/endsOn", "ended");
		}
		ContractChecks.dates(c.startsOn(), endsOn, c.trialEndsOn(), grants.today(owner.workspace()));
		if (endsOn != null && c.rates().stream().anyMatch(r -> r.effectiveFrom().isAfter(endsOn))) {
			throw ContractChecks.invalid("/endsOn", "rateAfterEnd");
		}
		ContractView moved = new ContractView(c.id(), c.workspace(), c.member(), c.memberName(), c.issuer(),
				c.issuerName(), c.kind(), c.currency(), c.period(), c.startsOn(), endsOn, c.status(), c.endedAt(),
				c.endReason(), c.trialEndsOn(), c.trialTargets(), c.retainerHours(), c.scope(), c.rates(), c.clauses(),
				c.createdAt());
		UUID grant = c.status() == Status.ACTIVE ? grants.follow(moved, owner.workspace(), owner).value() : null;
		store.changeEnd(c.id(), endsOn, grant);
		ContractView after = find(c.id()).orElseThrow();
		events.publishEvent(AuditableChange.updated(c.workspace(), "contract", c.id(), c, after,
				"Contract end changed for " + c.memberName()));
		return after;
	}

	/**
	 * Ends the active contracts whose last day has passed in their workspace's time zone
	 * (their grants ran out with it). Rows are claimed with {@code skip locked}, so
	 * several instances may run it at once.
	 * @return how many were ended
	 */
	public int endPastTheirEnd() {
		LocalDate tomorrowSomewhere = LocalDate.ofInstant(now(), java.time.ZoneOffset.UTC).plusDays(1);
		int ended = 0;
		for (ContractId id : store.activeEndedBefore(tomorrowSomewhere)) {
			ContractView c = find(id).orElseThrow();
			if (c.endsOn() != null && c.endsOn().isBefore(grants.today(workspace(c.workspace())))) {
				finish(c, c.endsOn(), "");
				ended++;
			}
		}
		return ended;
	}

	private void finish(ContractView c, LocalDate last, String reason) {
		var now = now();
		store.end(c.id(), last, now, reason);
		ContractView after = find(c.id()).orElseThrow();
		events.publishEvent(new ContractEnded(c.workspace(), c.id(), c.member(), last, now, reason));
		events.publishEvent(AuditableChange.updated(c.workspace(), "contract", c.id(), c, after,
				"Contract ended for " + c.memberName()));
	}

	private void activateIfAccepted(ContractView c, WorkspaceView ws, Membership owner) {
		if (!c.clausesAccepted() || c.status() != Status.DRAFT) {
			return;
		}
		GrantId grant = grants.follow(c, ws, owner);
		store.activate(c.id(), grant.value());
		ContractView after = find(c.id()).orElseThrow();
		events.publishEvent(new ContractStarted(c.workspace(), c.id(), c.member(), c.kind(), c.startsOn(), c.endsOn()));
		events.publishEvent(AuditableChange.updated(c.workspace(), "contract", c.id(), c, after,
				"Contract activated for " + c.memberName()));
	}

	/** The agreed overlap hours, kept on the member with their zone and working hours. */
	private void overlap(MemberView member, NewContract n) {
		if (n.overlapStart() == null && n.overlapEnd() == null) {
			return;
		}
		if (n.overlapStart() == null || n.overlapEnd() == null) {
			throw ContractChecks.invalid("/overlapStart", "overlap");
		}
		workspaces.setSchedule(member.id(), member.timeZone().getId(), member.workingHours(), n.overlapStart(),
				n.overlapEnd());
	}

	/** An active person of the workspace whose live grant, if any, is an assistant's. */
	private MemberView assistant(WorkspaceView ws, @Nullable UUID id) {
		MemberView m = id == null ? null
				: workspaces.findMember(new MemberId(id))
					.filter(x -> x.workspace().equals(ws.id()) && x.person() != null && x.active())
					.orElse(null);
		if (m == null || access.liveGrant(m.id()).filter(g -> g.role() != Role.ASSISTANT).isPresent()) {
			throw ContractChecks.invalid("/member", "member");
		}
		return m;
	}

	private WorkspaceView workspace(WorkspaceId id) {
		return workspaces.findWorkspace(id)
			.orElseThrow(() -> new NotFoundException(Text.of("billing.contract.notFound")));
	}

	private String name(MemberId id) {
		return workspaces.findMember(id).map(MemberView::displayName).orElse("");
	}

	private java.time.Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

}
