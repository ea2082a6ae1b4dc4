package dev.deskhand.billing;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractCandidate;
import dev.deskhand.billing.contracts.ContractWork;
import dev.deskhand.billing.NewClientProfile;
import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.billing.NewRate;
import dev.deskhand.billing.contracts.Profiles;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts between assistants and a workspace, and the billing profiles invoices are
 * made from. An assistant ({@link Permission#BILLING_VIEW}) sees only their own contracts
 * and rates; the owner ({@link Permission#BILLING_MANAGE}) sees and writes all of them. A
 * contract someone may not see does not exist for them (404). Each write is one
 * transaction that publishes an {@code AuditableChange}; refused input
 * ({@link InvalidInputException}) writes nothing. Methods without a {@link Membership} or
 * person are for other modules acting as the system (invoicing).
 */
@Service
@Transactional
public class ContractManagement {

	private final ContractWork contracts;

	private final Profiles profiles;

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final WorkSetup workSetup;

	private final Clock clock;

	ContractManagement(ContractWork contracts, Profiles profiles, WorkspaceManagement workspaces,
			AccessManagement access, WorkSetup workSetup, Clock clock) {
		this.workSetup = workSetup;
		this.contracts = contracts;
		this.profiles = profiles;
		this.workspaces = workspaces;
		this.access = access;
		this.clock = clock;
	}

	/** The caller's own contracts, or every contract of the workspace for the owner. */
	@Transactional(readOnly = true)
	public List<ContractView> contracts(Membership m) {
		require(m, Permission.BILLING_VIEW);
		return m.can(Permission.BILLING_MANAGE) ? contracts.all(ws(m)) : contracts.list(ws(m), m.member().id());
	}

	/**
	 * @throws NotFoundException when it does not exist or is not the caller's to see
	 */
	@Transactional(readOnly = true)
	public ContractView contract(Membership m, ContractId id) {
		require(m, Permission.BILLING_VIEW);
		return visible(m, id);
	}

	/**
	 * Offers a contract (a draft until the assistant has accepted its clauses; without
	 * clauses it is active at once, with the member's grant following it).
	 * @throws InvalidInputException for {@code /member} (not an assistant, or one with a
	 * live contract), {@code /issuer}, {@code /kind}, {@code /currency}, {@code /period},
	 * dates, {@code /retainerHours}, {@code /rates/N/...}, {@code /overlapStart}
	 */
	public ContractView create(Membership m, NewContract n) {
		require(m, Permission.BILLING_MANAGE);
		return contracts.create(m, n);
	}

	/**
	 * A new rate from a day on (from today or later once the contract is active); rates
	 * in force are never changed.
	 * @throws InvalidInputException for {@code /kind}, {@code /workType},
	 * {@code /effectiveFrom}, {@code /amount}
	 */
	public ContractView addRate(Membership m, ContractId id, NewRate rate) {
		require(m, Permission.BILLING_MANAGE);
		return contracts.addRate(visible(m, id), rate);
	}

	/**
	 * The assistant accepts a clause of their contract (time and person recorded;
	 * accepting twice changes nothing); the last one activates the contract.
	 * @throws AccessDenied when the caller is not the contract's assistant
	 */
	public ContractView acceptClause(Membership m, ContractId id, ClauseKind clause, int version) {
		require(m, Permission.BILLING_VIEW);
		ContractView c = visible(m, id);
		if (!c.member().equals(m.member().id())) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("billing.contract.error.notYours"));
		}
		return contracts.accept(m, c, clause, version);
	}

	/**
	 * Moves the contract's last day (null: no end); the access of an active contract
	 * follows it.
	 * @throws InvalidInputException for {@code /endsOn}
	 */
	public ContractView changeEnd(Membership m, ContractId id, @Nullable LocalDate endsOn) {
		require(m, Permission.BILLING_MANAGE);
		return contracts.changeEnd(m, visible(m, id), endsOn);
	}

	/** Ends the contract now and the access it gave; publishes {@link ContractEnded}. */
	public ContractView end(Membership m, ContractId id, String reason) {
		require(m, Permission.BILLING_MANAGE);
		return contracts.end(m, visible(m, id), reason);
	}

	/**
	 * The workspace's assistants with their issuer profiles: whom a contract may go to.
	 */
	@Transactional(readOnly = true)
	public List<ContractCandidate> candidates(Membership m) {
		require(m, Permission.BILLING_MANAGE);
		var live = contracts.all(ws(m)).stream().filter(ContractView::live).map(ContractView::member).toList();
		var now = clock.instant();
		return workspaces.members(ws(m))
			.stream()
			.filter(x -> x.active() && x.person() != null)
			.filter(x -> access.liveGrant(x.id()).filter(g -> g.role() == Role.ASSISTANT && g.liveAt(now)).isPresent())
			.map(x -> new ContractCandidate(x, profiles.issuers(x.person()), live.contains(x.id())))
			.toList();
	}

	/**
	 * The contract's assistant as a member: their agreed overlap and working hours (the
	 * caller already sees the contract).
	 */
	@Transactional(readOnly = true)
	public Optional<MemberView> memberOf(ContractView c) {
		return workspaces.findMember(c.member());
	}

	/**
	 * The work types the workspace knows (its SOPs' types and e-mail): what per-task
	 * prices are usually set for.
	 */
	@Transactional(readOnly = true)
	public List<String> workTypes(Membership m) {
		require(m, Permission.BILLING_MANAGE);
		var types = new java.util.TreeSet<String>();
		types.add("email");
		workSetup.sops(m).forEach(s -> types.add(s.type()));
		return List.copyOf(types);
	}

	@Transactional(readOnly = true)
	public Optional<ClientProfileView> clientProfile(Membership m) {
		require(m, Permission.BILLING_MANAGE);
		return profiles.client(ws(m));
	}

	/**
	 * @throws InvalidInputException naming the field
	 */
	public ClientProfileView saveClientProfile(Membership m, NewClientProfile n) {
		require(m, Permission.BILLING_MANAGE);
		return profiles.saveClient(ws(m), n);
	}

	/** The person's own issuer profiles, by name. */
	@Transactional(readOnly = true)
	public List<IssuerProfileView> issuerProfiles(PersonId person) {
		return profiles.issuers(person);
	}

	/**
	 * @throws NotFoundException when it is not the person's
	 */
	@Transactional(readOnly = true)
	public IssuerProfileView issuerProfile(PersonId person, UUID id) {
		return profiles.own(person, id);
	}

	/**
	 * @throws InvalidInputException naming the field (an IBAN with wrong check digits)
	 */
	public IssuerProfileView createIssuerProfile(PersonId person, NewIssuerProfile n) {
		return profiles.create(person, n);
	}

	/** Replaces the profile's fields (the logo stays). */
	public IssuerProfileView updateIssuerProfile(PersonId person, UUID id, NewIssuerProfile n) {
		return profiles.update(person, id, n);
	}

	/**
	 * Sets the profile's logo: PNG or JPEG by its bytes, at most 256 KB.
	 * @throws InvalidInputException for {@code /logo}
	 */
	public IssuerProfileView setIssuerLogo(PersonId person, UUID id, byte[] logo) {
		return profiles.setLogo(person, id, logo);
	}

	/**
	 * Offers a contract as the system (a hire in {@code hiring} hands over to billing
	 * when the hired assistant joined and has an issuer profile): checked and audited as
	 * {@link #create}, with the authority of a live owner of the workspace, preferring
	 * {@code preferredOwner}.
	 * @throws InvalidInputException as {@link #create}, or {@code /contract} when the
	 * workspace has no live owner
	 */
	public ContractView createFor(WorkspaceId workspace, @Nullable MemberId preferredOwner, NewContract n) {
		return contracts.createForSystem(workspace, preferredOwner, n);
	}

	/**
	 * {@link #changeEnd} as the system (a trial extended or converted in {@code hiring}),
	 * with the authority of the owner who offered the contract or another live owner.
	 */
	public ContractView changeEndFor(ContractId id, @Nullable LocalDate endsOn) {
		return contracts.changeEndForSystem(system(id), endsOn);
	}

	/**
	 * {@link #end} as the system (a trial ended in {@code hiring}), with the authority of
	 * the owner who offered the contract or another live owner.
	 */
	public ContractView endFor(ContractId id, String reason) {
		return contracts.endForSystem(system(id), reason);
	}

	private ContractView system(ContractId id) {
		return contracts.find(id).orElseThrow(() -> new NotFoundException(Text.of("billing.contract.notFound")));
	}

	/** The workspace's contracts that are not ended (drafts and active ones). */
	@Transactional(readOnly = true)
	public List<ContractView> liveContracts(WorkspaceId workspace) {
		return contracts.all(workspace).stream().filter(ContractView::live).toList();
	}

	/** Any contract, for a module acting as the system. */
	@Transactional(readOnly = true)
	public Optional<ContractView> findContract(ContractId id) {
		return contracts.find(id);
	}

	/** Any issuer profile, for a module acting as the system. */
	@Transactional(readOnly = true)
	public Optional<IssuerProfileView> findIssuerProfile(UUID id) {
		return profiles.issuer(id);
	}

	/** The issuer's logo bytes (PNG or JPEG, see the view's type), if it has one. */
	@Transactional(readOnly = true)
	public Optional<byte[]> issuerLogo(UUID issuer) {
		return profiles.logo(issuer);
	}

	/** The workspace's billing profile, for a module acting as the system. */
	@Transactional(readOnly = true)
	public Optional<ClientProfileView> findClientProfile(WorkspaceId workspace) {
		return profiles.client(workspace);
	}

	/**
	 * Ends the active contracts whose last day has passed (a scheduled sweep; safe on
	 * several instances at once).
	 */
	public int endContractsPastTheirEnd() {
		return contracts.endPastTheirEnd();
	}

	private ContractView visible(Membership m, ContractId id) {
		return contracts.find(id)
			.filter(c -> c.workspace().equals(ws(m)))
			.filter(c -> m.can(Permission.BILLING_MANAGE) || c.member().equals(m.member().id()))
			.orElseThrow(() -> new NotFoundException(Text.of("billing.contract.notFound")));
	}

	private static void require(Membership m, Permission permission) {
		if (!m.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.ROLE"));
		}
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

}
