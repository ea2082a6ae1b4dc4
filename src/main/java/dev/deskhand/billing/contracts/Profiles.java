package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.billing.ClientProfileView;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issuer profiles (a person's, across workspaces) and the workspace's client profile. An
 * issuer profile belongs to no workspace, so its changes are audited in every workspace
 * the person is an active member of: each client sees when the bank details its invoices
 * will name change.
 */
@Component
public class Profiles {

	private final ProfileStore store;

	private final WorkspaceManagement workspaces;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Profiles(ProfileStore store, WorkspaceManagement workspaces, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
	}

	public List<IssuerProfileView> issuers(PersonId person) {
		return store.issuersOf(person);
	}

	/** The person's own profile. */
	public IssuerProfileView own(PersonId person, UUID id) {
		return store.issuer(id)
			.filter(p -> p.person().equals(person))
			.orElseThrow(() -> new NotFoundException(Text.of("billing.profile.notFound")));
	}

	public Optional<IssuerProfileView> issuer(UUID id) {
		return store.issuer(id);
	}

	public Optional<byte[]> logo(UUID id) {
		return store.logo(id);
	}

	public IssuerProfileView create(PersonId person, NewIssuerProfile n) {
		IssuerProfileView p = ProfileChecks.issuer(UUID.randomUUID(), person, n, now());
		store.insertIssuer(p);
		for (WorkspaceId ws : workspacesOf(person)) {
			events.publishEvent(AuditableChange.created(ws, "issuer-profile", p.id(), p, "Issuer profile " + p.name()));
		}
		return p;
	}

	public IssuerProfileView update(PersonId person, UUID id, NewIssuerProfile n) {
		IssuerProfileView before = own(person, id);
		IssuerProfileView p = ProfileChecks.issuer(id, person, n, now());
		store.updateIssuer(p);
		return changed(person, before);
	}

	public IssuerProfileView setLogo(PersonId person, UUID id, byte[] logo) {
		IssuerProfileView before = own(person, id);
		store.setLogo(id, logo, ProfileChecks.logoType(logo), now());
		return changed(person, before);
	}

	public Optional<ClientProfileView> client(WorkspaceId ws) {
		return store.client(ws);
	}

	public ClientProfileView saveClient(WorkspaceId ws, NewClientProfile n) {
		Optional<ClientProfileView> before = store.client(ws);
		ClientProfileView after = ProfileChecks.client(ws, n, now());
		store.saveClient(after);
		String summary = "Billing profile " + after.legalName();
		events.publishEvent(
				before.isPresent() ? AuditableChange.updated(ws, "client-profile", ws, before.get(), after, summary)
						: AuditableChange.created(ws, "client-profile", ws, after, summary));
		return after;
	}

	private IssuerProfileView changed(PersonId person, IssuerProfileView before) {
		IssuerProfileView after = own(person, before.id());
		for (WorkspaceId ws : workspacesOf(person)) {
			events.publishEvent(AuditableChange.updated(ws, "issuer-profile", after.id(), before, after,
					"Issuer profile " + after.name()));
		}
		return after;
	}

	private List<WorkspaceId> workspacesOf(PersonId person) {
		return workspaces.membershipsOf(person)
			.stream()
			.filter(MemberView::active)
			.map(MemberView::workspace)
			.distinct()
			.toList();
	}

	private java.time.Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

}
