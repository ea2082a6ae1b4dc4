package dev.deskhand.access;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.AcceptedInvitation;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberKind;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to who may do what: grants, scopes, time windows, NDA acceptance and API
 * tokens.
 */
@Service
@Transactional
public class AccessManagement {

	static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(366);

	private final WorkspaceManagement workspaces;

	private final GrantRepository grants;

	private final ApiTokenRepository tokens;

	private final NdaRepository ndas;

	private final InvitationScopes invitationScopes;

	private final ObjectProvider<InvitationMail> mail;

	private final Set<String> scopeKinds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessManagement(WorkspaceManagement workspaces, GrantRepository grants, ApiTokenRepository tokens,
			NdaRepository ndas, InvitationScopes invitationScopes, ObjectProvider<InvitationMail> mail,
			List<ScopeKind> scopeKinds, ApplicationEventPublisher events, Clock clock) {
		this.invitationScopes = invitationScopes;
		this.mail = mail;
		this.workspaces = workspaces;
		this.grants = grants;
		this.tokens = tokens;
		this.ndas = ndas;
		this.scopeKinds = scopeKinds.stream().map(ScopeKind::name).collect(Collectors.toUnmodifiableSet());
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives a member a role; replaces nothing: a member with a live grant must have it
	 * changed or revoked.
	 */
	public GrantView grant(WorkspaceId workspace, MemberId member, Role role, @Nullable Instant validUntil,
			List<ScopeRef> scopes, @Nullable MemberId grantedBy) {
		MemberView m = workspaces.findMember(member)
			.filter(x -> x.workspace().equals(workspace))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.member")));
		if ((m.kind() == MemberKind.AGENT) != (role == Role.AGENT)) {
			throw new InvalidInputException("/role", Text.of("input.agentRole"));
		}
		if (grants.findLive(member.value()).isPresent()) {
			throw new InvalidInputException("/member", Text.of("input.hasAccess"));
		}
		Instant now = clock.instant();
		Grant g = new Grant(UUID.randomUUID(), workspace.value(), member.value(), role, now, null,
				grantedBy == null ? null : grantedBy.value(), now);
		g.window(null, validUntil, now);
		g.scopeTo(checked(scopes));
		GrantView view = grants.save(g).view();
		events.publishEvent(AuditableChange.created(workspace, "grant", view.id(), view,
				role + " for " + m.displayName() + (validUntil == null ? "" : " until " + validUntil)));
		return view;
	}

	/**
	 * Gives a member of the actor's workspace a grant no wider than the actor's own
	 * (role, scopes, end).
	 */
	public GrantView grant(Membership actor, MemberId member, Role role, @Nullable Instant validUntil,
			List<ScopeRef> scopes) {
		if (!actor.can(Permission.MEMBERS_MANAGE)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.changeAccess"));
		}
		guardOwners(actor, role, role);
		GrantBounds.requireWithin(actor, role, validUntil, scopes);
		return grant(actor.workspace().id(), member, role, validUntil, scopes, actor.member().id());
	}

	/**
	 * Invites someone to the actor's workspace with a role, an optional end of access and
	 * scopes (none: all), never wider than the actor's own grant; only owners invite
	 * owners. The link ({@code linkFor} turns the one-time token into it) is e-mailed to
	 * the invited address; only when the workspace cannot send mail is it handed to the
	 * inviter instead.
	 */
	public InvitationSent invite(Membership actor, String email, Role role, @Nullable Instant accessUntil,
			List<ScopeRef> scopes, Function<String, String> linkFor) {
		if (!actor.can(Permission.MEMBERS_MANAGE)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.invite"));
		}
		guardOwners(actor, role, role);
		GrantBounds.requireWithin(actor, role, accessUntil, checked(scopes));
		var issued = workspaces.invite(actor.workspace().id(), email, role, accessUntil, actor.member().id());
		invitationScopes.save(issued.invitation().id(), scopes);
		String link = linkFor.apply(issued.token());
		InvitationMail sender = mail.getIfAvailable();
		if (sender != null && sender.send(issued.invitation(), actor.workspace().name(), link)) {
			workspaces.invitationMailed(issued.invitation().id());
			return new InvitationSent(issued.invitation(), true, null);
		}
		return new InvitationSent(issued.invitation(), false, link);
	}

	/**
	 * Accepts an invitation for a signed-in person and grants the invited role and
	 * scopes, in one transaction. Only the invited address may accept: the person's
	 * address must equal it (ignoring case) and be verified, or be verified now by
	 * following a link that was e-mailed to it.
	 */
	public Membership acceptInvitation(String token, PersonId person) {
		var invitation = workspaces.findOpenInvitation(token)
			.orElseThrow(() -> new InvalidInputException("/token", Text.of("input.invitationUsed")));
		PersonView who = workspaces.findPerson(person)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.person")));
		if (!who.email().equalsIgnoreCase(invitation.email())
				|| !(who.emailVerified() || invitation.mailedAt() != null)) {
			throw new AccessDenied(AccessDenied.Reason.NOT_INVITEE, Text.of("denied.notInvitee"));
		}
		AcceptedInvitation accepted = workspaces.acceptInvitation(token, person);
		var inv = accepted.invitation();
		GrantView grant = grants.findLive(accepted.member().id().value())
			.map(Grant::view)
			.orElseGet(() -> grant(inv.workspace(), accepted.member().id(), inv.role(), inv.accessUntil(),
					invitationScopes.of(inv.id()), inv.invitedBy()));
		WorkspaceView ws = workspaces.findWorkspace(inv.workspace()).orElseThrow();
		return new Membership(ws, accepted.member(), grant);
	}

	/**
	 * A newcomer's first step: creates the person with the invited e-mail address (only
	 * through a link that was e-mailed to it) and accepts the invitation.
	 */
	public Membership registerViaInvitation(String token, String displayName, String password, String language,
			String timeZone) {
		var person = workspaces.registerInvitee(token, displayName, password, language, timeZone);
		return acceptInvitation(token, person.id());
	}

	/**
	 * Changes role, end of access and scopes together in one transaction: all or nothing.
	 * A null field is left as it is; {@code endless} removes the end date. Nobody changes
	 * their own grant, and the result is never wider than the actor's own grant.
	 */
	public GrantView change(Membership actor, GrantId id, @Nullable Role role, @Nullable Instant validFrom,
			@Nullable Instant validUntil, boolean endless, @Nullable List<ScopeRef> scopes) {
		Grant g = load(actor, id);
		GrantBounds.requireNotOwn(actor, g);
		Role wanted = role == null ? g.role : role;
		guardOwners(actor, g.role, wanted);
		if ((g.role == Role.AGENT) != (wanted == Role.AGENT)) {
			throw new InvalidInputException("/role", Text.of("input.agentRole"));
		}
		GrantView before = g.view();
		boolean window = validFrom != null || validUntil != null || endless;
		Instant until = endless ? null : validUntil != null ? validUntil : before.validUntil();
		List<ScopeRef> scoped = scopes == null ? before.scopes() : checked(scopes);
		GrantBounds.requireWithin(actor, wanted, until, scoped);
		List<String> summary = new java.util.ArrayList<>();
		if (wanted != g.role) {
			g.changeRole(wanted);
			summary.add("Role " + before.role() + " → " + wanted);
		}
		if (window) {
			g.window(validFrom, until, clock.instant());
			summary.add("Access from " + g.validFrom + (until == null ? " without end" : " until " + until));
		}
		if (scopes != null) {
			g.scopeTo(scoped);
			summary.add("Scopes " + scoped);
		}
		return summary.isEmpty() ? before : saved(g, before, String.join("; ", summary));
	}

	public GrantView changeRole(Membership actor, GrantId id, Role role) {
		return change(actor, id, role, null, null, false, null);
	}

	/**
	 * Sets when the grant starts (null: keep the start) and ends (null: no end). A start
	 * in the future makes the member wait for it.
	 */
	public GrantView limit(Membership actor, GrantId id, @Nullable Instant validFrom, @Nullable Instant validUntil) {
		return change(actor, id, null, validFrom, validUntil, validUntil == null, null);
	}

	public GrantView scope(Membership actor, GrantId id, List<ScopeRef> scopes) {
		return change(actor, id, null, null, null, false, scopes);
	}

	/**
	 * Ends the grant now; the member's very next request is denied. Their API token is
	 * revoked with it.
	 */
	public GrantView revoke(Membership actor, GrantId id) {
		Grant g = load(actor, id);
		GrantBounds.requireNotOwn(actor, g);
		guardOwners(actor, g.role, g.role);
		GrantView before = g.view();
		g.revoke(clock.instant());
		tokens.findLive(g.memberId).ifPresent(t -> {
			t.revokedAt = clock.instant();
			tokens.save(t);
		});
		return saved(g, before, "Access revoked");
	}

	/**
	 * Renames a scope key in the workspace's live grants and open invitations, for a
	 * module acting as the system in its own transaction (a customer renamed:
	 * {@code customer:OLD} becomes {@code customer:NEW}, so a member scoped to it keeps
	 * seeing its work). Each changed grant is audited. Idempotent: nothing is left to
	 * change the second time.
	 * @return the number of grants changed
	 */
	public int renameScope(WorkspaceId workspace, String kind, String from, String to) {
		ScopeRef old = new ScopeRef(kind, from);
		ScopeRef renamed = new ScopeRef(kind, to);
		if (old.equals(renamed)) {
			return 0;
		}
		int changed = 0;
		for (Grant g : grants.findByWorkspaceId(workspace.value())) {
			GrantView before = g.view();
			if (g.revokedAt != null || !before.scopes().contains(old)) {
				continue;
			}
			List<ScopeRef> scopes = before.scopes()
				.stream()
				.map(s -> s.equals(old) ? renamed : s)
				.distinct()
				.sorted(ScopeRef.ORDER)
				.toList();
			g.scopeTo(scopes);
			saved(g, before, "Scopes " + scopes);
			changed++;
		}
		invitationScopes.rename(workspaces.invitations(workspace).stream().map(i -> i.id()).toList(), kind, from, to);
		return changed;
	}

	@Transactional(readOnly = true)
	public List<GrantView> grants(WorkspaceId workspace) {
		return grants.findByWorkspaceId(workspace.value()).stream().map(Grant::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<GrantView> liveGrant(MemberId member) {
		return grants.findLive(member.value()).map(Grant::view);
	}

	/**
	 * Records that the member accepted the workspace's current NDA text (version and
	 * time). Idempotent.
	 */
	public Instant acceptNda(Membership membership) {
		WorkspaceView ws = membership.workspace();
		UUID member = membership.member().id().value();
		if (ndas.accept(ws.id().value(), member, ws.ndaVersion(), clock.instant())) {
			events.publishEvent(AuditableChange.created(ws.id(), "nda-acceptance", member,
					java.util.Map.of("member", member, "version", ws.ndaVersion()),
					membership.member().displayName() + " accepted NDA v" + ws.ndaVersion()));
		}
		return ndas.acceptedAt(member, ws.ndaVersion()).orElseThrow();
	}

	/**
	 * Records an NDA acceptance made outside the app (on paper, or by the demo set).
	 * Idempotent.
	 */
	public void recordNdaAcceptance(WorkspaceId workspace, MemberId member, int version) {
		if (ndas.accept(workspace.value(), member.value(), version, clock.instant())) {
			events.publishEvent(AuditableChange.created(workspace, "nda-acceptance", member,
					java.util.Map.of("member", member.value(), "version", version), "NDA v" + version + " recorded"));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Instant> ndaAcceptedAt(MemberId member, int version) {
		return ndas.acceptedAt(member.value(), version);
	}

	/**
	 * Issues the member's API token; an earlier live token of the member is revoked (one
	 * per membership). Managers issue tokens for agents; a person issues their own.
	 */
	public IssuedToken issueToken(Membership actor, MemberId member, String name, Instant expiresAt) {
		MemberView target = workspaces.findMember(member)
			.filter(m -> m.workspace().equals(actor.workspace().id()) && m.active())
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.member")));
		boolean own = target.id().equals(actor.member().id());
		boolean forAgent = target.kind() == MemberKind.AGENT && actor.can(Permission.MEMBERS_MANAGE);
		if (!(own && actor.can(Permission.OWN_TOKEN)) && !forAgent) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.tokensForOthers"));
		}
		Instant now = clock.instant();
		if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_TOKEN_LIFETIME))) {
			throw new InvalidInputException("/expiresAt", Text.of("input.tokenExpiry"));
		}
		String label = name.strip();
		if (label.isEmpty() || label.length() > 100) {
			throw new InvalidInputException("/name", Text.of("input.tokenName"));
		}
		tokens.findLive(member.value()).ifPresent(t -> {
			t.revokedAt = now;
			tokens.save(t);
		});
		String secret = SecretToken.random("dh_");
		ApiToken t = new ApiToken(UUID.randomUUID(), actor.workspace().id().value(), member.value(), label,
				SecretToken.digest(secret), expiresAt, actor.member().id().value(), now);
		TokenView view = tokens.save(t).view();
		events.publishEvent(AuditableChange.created(actor.workspace().id(), "api-token", view.id(), view,
				"Token '" + label + "' for " + target.displayName()));
		return new IssuedToken(view, secret);
	}

	public void revokeToken(Membership actor, UUID tokenId) {
		ApiToken t = tokens.findById(tokenId)
			.filter(x -> x.workspaceId.equals(actor.workspace().id().value()))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.token")));
		boolean own = t.memberId.equals(actor.member().id().value());
		if (!own && !actor.can(Permission.MEMBERS_MANAGE)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.revokeOthersToken"));
		}
		if (t.revokedAt == null) {
			TokenView before = t.view();
			t.revokedAt = clock.instant();
			TokenView after = tokens.save(t).view();
			events.publishEvent(AuditableChange.updated(actor.workspace().id(), "api-token", tokenId, before, after,
					"Token '" + t.name + "' revoked"));
		}
	}

	@Transactional(readOnly = true)
	public List<TokenView> tokens(WorkspaceId workspace) {
		return tokens.findByWorkspaceIdOrderByCreatedAtDesc(workspace.value()).stream().map(ApiToken::view).toList();
	}

	private Grant load(Membership actor, GrantId id) {
		if (!actor.can(Permission.MEMBERS_MANAGE)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.changeAccess"));
		}
		return grants.findById(id.value())
			.filter(g -> g.workspaceId.equals(actor.workspace().id().value()))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.grant")));
	}

	/** Only owners make or change owners. */
	private static void guardOwners(Membership actor, Role current, Role wanted) {
		if ((current == Role.OWNER || wanted == Role.OWNER) && actor.role() != Role.OWNER) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.ownerOnly"));
		}
	}

	private GrantView saved(Grant g, GrantView before, String summary) {
		GrantView after = grants.save(g).view();
		events.publishEvent(AuditableChange.updated(after.workspace(), "grant", after.id(), before, after, summary));
		return after;
	}

	private List<ScopeRef> checked(List<ScopeRef> scopes) {
		for (ScopeRef s : scopes) {
			if (!scopeKinds.contains(s.kind())) {
				throw new InvalidInputException("/scopes", Text.of("input.scopeKind", s.kind()));
			}
		}
		return scopes;
	}

}
