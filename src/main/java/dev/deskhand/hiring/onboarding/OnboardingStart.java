package dev.deskhand.hiring.onboarding;

import dev.deskhand.hiring.HireView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.workspace.MemberJoined;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When an invited person joins, finds their open hire (same workspace, same e-mail
 * address, no member yet), stores the member on it, copies the checklist into their
 * onboarding and, after commit, tries the contract hand-over. Idempotent: the member is
 * stored with a conditional update ({@code member_id is null}) in the transaction that
 * copies the steps (which are inserted {@code on conflict do nothing}), so a second
 * delivery finds no open hire and does nothing.
 */
@Component
class OnboardingStart {

	private final HireStore store;

	private final WorkspaceManagement workspaces;

	private final Checklist checklist;

	private final ContractHandOver handOver;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OnboardingStart(HireStore store, WorkspaceManagement workspaces, Checklist checklist, ContractHandOver handOver,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.workspaces = workspaces;
		this.checklist = checklist;
		this.handOver = handOver;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MemberJoined joined) {
		if (joined.person() == null) {
			return;
		}
		PersonView person = workspaces.findPerson(joined.person()).orElse(null);
		MemberView member = workspaces.findMember(joined.member()).orElse(null);
		WorkspaceView ws = workspaces.findWorkspace(joined.workspace()).orElse(null);
		if (person == null || member == null || ws == null) {
			return;
		}
		HireView h = store.openFor(joined.workspace(), person.email()).orElse(null);
		if (h == null || !store.joined(h.id(), joined.member(), clock.instant())) {
			return;
		}
		checklist.start(h, ws);
		events.publishEvent(AuditableChange.updated(h.workspace(), "hire", h.id(), Map.of("member", ""),
				Map.of("member", joined.member().value()), "Onboarding started for " + h.name()));
		// after commit: the hand-over writes the hire's row in a transaction of its own
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				handOver.tryCreate(h.id(), member);
			}
		});
	}

}
