package dev.deskhand.workspace;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace module's facade: workspaces, people, members and invitations. Every
 * change is published as an {@link AuditableChange} in its own transaction. Access
 * decisions are not made here but in the access module, which calls this facade.
 */
@Service
@Transactional
public class WorkspaceManagement {

	static final Duration INVITATION_LINK_LIFETIME = Duration.ofDays(7);

	private final WorkspaceRepository workspaces;

	private final PersonRepository people;

	private final MemberRepository members;

	private final InvitationRepository invitations;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WorkspaceReads reads;

	WorkspaceManagement(WorkspaceRepository workspaces, PersonRepository people, MemberRepository members,
			InvitationRepository invitations, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
			WorkspaceReads reads) {
		this.reads = reads;
		this.workspaces = workspaces;
		this.people = people;
		this.members = members;
		this.invitations = invitations;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	public WorkspaceView createWorkspace(NewWorkspace n) {
		String slug = Inputs.slug(n.slug());
		if (workspaces.findBySlug(slug).isPresent()) {
			throw new InvalidInputException("/slug", Text.of("input.slugTaken"));
		}
		Workspace w = new Workspace(UUID.randomUUID(), slug, Inputs.name("/name", n.name(), 200),
				Inputs.zone("/timeZone", n.timeZone()).getId(), n.country(), n.subdivision(),
				Inputs.language("/defaultLanguage", n.defaultLanguage()), n.ndaText(), 1, clock.instant());
		WorkspaceView view = workspaces.save(w).view();
		events.publishEvent(AuditableChange.created(view.id(), "workspace", view.id(), view, "Workspace " + slug));
		return view;
	}

	@Transactional(readOnly = true)
	public Optional<WorkspaceView> findWorkspace(String slug) {
		return workspaces.findBySlug(slug).map(Workspace::view);
	}

	@Transactional(readOnly = true)
	public Optional<WorkspaceView> findWorkspace(WorkspaceId id) {
		return workspaces.findById(id.value()).map(Workspace::view);
	}

	@Transactional(readOnly = true)
	public List<WorkspaceView> findWorkspaces(Collection<WorkspaceId> ids) {
		return reads.workspaces(ids.stream().map(WorkspaceId::value).toList());
	}

	@Transactional(readOnly = true)
	public List<WorkspaceView> allWorkspaces() {
		return workspaces.findAll().stream().map(Workspace::view).toList();
	}

	public WorkspaceView changeNda(WorkspaceId id, String text) {
		Workspace w = workspaces.findById(id.value())
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.workspace")));
		WorkspaceView before = w.view();
		w.changeNda(text);
		WorkspaceView after = workspaces.save(w).view();
		events.publishEvent(
				AuditableChange.updated(id, "workspace", id, before, after, "NDA text v" + after.ndaVersion()));
		return after;
	}

	/**
	 * Creates a person on behalf of the operator (the demo set, set-up): the address
	 * counts as verified.
	 */
	public PersonView registerPerson(String email, String displayName, String rawPassword, String language,
			String timeZone) {
		return newPerson(email, displayName, rawPassword, language, timeZone);
	}

	/**
	 * A newcomer's account, created through an open invitation whose link was e-mailed to
	 * the invited address: having the link proves the address, so it is verified. A link
	 * that was only shown to the inviter proves nothing and creates no account.
	 */
	public PersonView registerInvitee(String token, String displayName, String rawPassword, String language,
			String timeZone) {
		InvitationView inv = findOpenInvitation(token)
			.orElseThrow(() -> new InvalidInputException("/token", Text.of("input.invitationUsed")));
		if (inv.mailedAt() == null) {
			throw new InvalidInputException("/token", Text.of("input.invitationNotMailed"));
		}
		return newPerson(inv.email(), displayName, rawPassword, language, timeZone);
	}

	private PersonView newPerson(String email, String displayName, String rawPassword, String language,
			String timeZone) {
		String mail = Inputs.email("/email", email);
		if (people.findByEmail(mail).isPresent()) {
			throw new InvalidInputException("/email", Text.of("input.emailTaken"));
		}
		String name = Inputs.name("/displayName", displayName, 120);
		PasswordRules.check(rawPassword, mail, name);
		Person p = new Person(UUID.randomUUID(), mail, name, passwords.encode(rawPassword),
				Inputs.language("/language", language), Inputs.zone("/timeZone", timeZone).getId(), clock.instant());
		p.emailVerifiedAt = clock.instant();
		return people.save(p).view();
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findPerson(PersonId id) {
		return people.findById(id.value()).map(Person::view);
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findPersonByEmail(String email) {
		return people.findByEmail(email.strip()).map(Person::view);
	}

	@Transactional(readOnly = true)
	public Optional<LoginCredentials> loginCredentials(String email) {
		return people.findByEmail(email.strip()).map(p -> new LoginCredentials(p.view(), p.passwordHash));
	}

	public PersonView updateProfile(PersonId id, String displayName, String language, String timeZone) {
		Person p = people.findById(id.value()).orElseThrow(() -> new NotFoundException(Text.of("notFound.person")));
		p.displayName = Inputs.name("/displayName", displayName, 120);
		p.language = Inputs.language("/language", language);
		p.timeZone = Inputs.zone("/timeZone", timeZone).getId();
		return people.save(p).view();
	}

	/**
	 * Sets a new password if {@code currentPassword} is the present one: a session left
	 * open somewhere cannot take the account over.
	 */
	public void changePassword(PersonId id, String currentPassword, String rawPassword) {
		Person p = people.findById(id.value()).orElseThrow(() -> new NotFoundException(Text.of("notFound.person")));
		if (p.passwordHash == null || !passwords.matches(currentPassword, p.passwordHash)) {
			throw new InvalidInputException("/currentPassword", "The current password is not right",
					"password.currentWrong");
		}
		PasswordRules.check(rawPassword, p.email, p.displayName);
		p.passwordHash = passwords.encode(rawPassword);
		people.save(p);
	}

	public MemberView addPerson(WorkspaceId workspace, PersonId person) {
		Person p = people.findById(person.value()).orElseThrow(() -> new NotFoundException(Text.of("notFound.person")));
		Optional<Member> existing = members.findByWorkspaceIdAndPersonId(workspace.value(), person.value());
		if (existing.isPresent()) {
			Member m = existing.get();
			if (!m.active()) {
				m.status = "ACTIVE";
				members.save(m);
			}
			return m.view(p.email);
		}
		Member m = new Member(UUID.randomUUID(), workspace.value(), p.id, MemberKind.PERSON, p.displayName, p.timeZone,
				"ACTIVE", clock.instant());
		return joined(members.save(m).view(p.email));
	}

	public MemberView addAgent(WorkspaceId workspace, String name, String timeZone) {
		Member m = new Member(UUID.randomUUID(), workspace.value(), null, MemberKind.AGENT,
				Inputs.name("/displayName", name, 120), Inputs.zone("/timeZone", timeZone).getId(), "ACTIVE",
				clock.instant());
		return joined(members.save(m).view(null));
	}

	private MemberView joined(MemberView view) {
		events.publishEvent(new MemberJoined(view.workspace(), view.id(), view.person(), view.kind()));
		events.publishEvent(AuditableChange.created(view.workspace(), "member", view.id(), view,
				view.kind() + " " + view.displayName() + " joined"));
		return view;
	}

	public MemberView removeMember(MemberId id) {
		Member m = members.findById(id.value()).orElseThrow(() -> new NotFoundException(Text.of("notFound.member")));
		MemberView before = m.view(null);
		m.remove();
		MemberView after = members.save(m).view(null);
		events.publishEvent(AuditableChange.updated(after.workspace(), "member", id, before, after,
				"Removed " + after.displayName()));
		return after;
	}

	public MemberView setSchedule(MemberId id, String timeZone, List<WorkingPeriod> hours,
			@Nullable LocalTime overlapStart, @Nullable LocalTime overlapEnd) {
		Member m = members.findById(id.value()).orElseThrow(() -> new NotFoundException(Text.of("notFound.member")));
		MemberView before = m.view(null);
		try {
			m.schedule(Inputs.zone("/timeZone", timeZone), hours, overlapStart, overlapEnd);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("/overlapStart", Text.of("input.overlapOrder"));
		}
		MemberView after = members.save(m).view(null);
		events.publishEvent(AuditableChange.updated(after.workspace(), "member", id, before, after,
				"Working hours of " + after.displayName()));
		return after;
	}

	@Transactional(readOnly = true)
	public Optional<MemberView> findMember(MemberId id) {
		return members.findById(id.value()).map(m -> m.view(emailOf(m)));
	}

	@Transactional(readOnly = true)
	public Optional<MemberView> memberOf(WorkspaceId workspace, PersonId person) {
		return members.findByWorkspaceIdAndPersonId(workspace.value(), person.value()).map(m -> m.view(emailOf(m)));
	}

	/** Every membership of a person, active or not, across workspaces. */
	@Transactional(readOnly = true)
	public List<MemberView> membershipsOf(PersonId person) {
		return reads.membershipsOf(person.value());
	}

	@Transactional(readOnly = true)
	public List<MemberView> members(WorkspaceId workspace) {
		List<Member> list = members.findByWorkspaceIdOrderByDisplayName(workspace.value());
		Map<UUID, String> emails = people
			.findAllById(list.stream().map(m -> m.personId).filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(p -> p.id, p -> p.email));
		return list.stream().map(m -> m.view(m.personId == null ? null : emails.get(m.personId))).toList();
	}

	public IssuedInvitation invite(WorkspaceId workspace, String email, Role role, @Nullable Instant accessUntil,
			MemberId invitedBy) {
		Instant now = clock.instant();
		if (accessUntil != null && !accessUntil.isAfter(now)) {
			throw new InvalidInputException("/accessUntil", Text.of("input.accessFuture"));
		}
		if (role == Role.AGENT) {
			throw new InvalidInputException("/role", Text.of("input.agentsNotInvited"));
		}
		String token = SecretToken.random("inv_");
		Invitation inv = new Invitation(UUID.randomUUID(), workspace.value(), Inputs.email("/email", email), role,
				accessUntil, SecretToken.digest(token), invitedBy.value(), now.plus(INVITATION_LINK_LIFETIME), now);
		InvitationView view = invitations.save(inv).view();
		events.publishEvent(new InvitationIssued(workspace, view.id(), view.email(), role));
		events.publishEvent(AuditableChange.created(workspace, "invitation", view.id(), view,
				"Invited " + view.email() + " as " + role));
		return new IssuedInvitation(view, token);
	}

	@Transactional(readOnly = true)
	public List<InvitationView> invitations(WorkspaceId workspace) {
		return invitations.findByWorkspaceIdOrderByCreatedAtDesc(workspace.value())
			.stream()
			.map(Invitation::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<InvitationView> findOpenInvitation(String token) {
		return invitations.findByTokenHash(SecretToken.digest(token))
			.map(Invitation::view)
			.filter(i -> i.open(clock.instant()));
	}

	/** Records that the invitation's link went to the invited address by e-mail. */
	public void invitationMailed(InvitationId id) {
		Invitation inv = invitations.findById(id.value())
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.invitation")));
		inv.mailedAt = clock.instant();
		invitations.save(inv);
	}

	/**
	 * Makes the person a member; the link works once. The access module decides who may
	 * accept and turns the invitation's role into a grant. Following a link that was
	 * e-mailed to the person's own address verifies that address.
	 */
	public AcceptedInvitation acceptInvitation(String token, PersonId person) {
		Invitation inv = invitations.findByTokenHash(SecretToken.digest(token))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.invitationLink")));
		if (!inv.view().open(clock.instant())) {
			throw new InvalidInputException("/token", Text.of("input.invitationUsed"));
		}
		Person p = people.findById(person.value()).orElseThrow(() -> new NotFoundException(Text.of("notFound.person")));
		if (inv.mailedAt != null && p.emailVerifiedAt == null && p.email.equalsIgnoreCase(inv.email)) {
			p.emailVerifiedAt = clock.instant();
			people.save(p);
		}
		MemberView member = addPerson(new WorkspaceId(inv.workspaceId), person);
		InvitationView before = inv.view();
		inv.accept(member.id().value(), clock.instant());
		InvitationView after = invitations.save(inv).view();
		events.publishEvent(AuditableChange.updated(after.workspace(), "invitation", after.id(), before, after,
				"Accepted by " + member.displayName()));
		return new AcceptedInvitation(after, member);
	}

	public void revokeInvitation(WorkspaceId workspace, InvitationId id) {
		Invitation inv = invitations.findById(id.value())
			.filter(i -> i.workspaceId.equals(workspace.value()))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.invitation")));
		InvitationView before = inv.view();
		inv.revoke(clock.instant());
		InvitationView after = invitations.save(inv).view();
		events.publishEvent(AuditableChange.updated(workspace, "invitation", id, before, after, "Invitation revoked"));
	}

	private @Nullable String emailOf(Member m) {
		return m.personId == null ? null : people.findById(m.personId).map(p -> p.email).orElse(null);
	}

}
