package dev.deskhand;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Caller;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.NewWorkspace;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Builds the data a test needs through the modules' own facades: a workspace with its
 * owner, further members with a role (and optionally an end date and scopes), API tokens,
 * and "run as" a caller. Every name is unique, so tests share one database without
 * cleaning up.
 */
@Component
public class TestFixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final AccessPolicy policy;

	TestFixtures(WorkspaceManagement workspaces, AccessManagement access, AccessPolicy policy) {
		this.workspaces = workspaces;
		this.access = access;
		this.policy = policy;
	}

	/** A workspace and its owner, who has a live OWNER grant. */
	public Ws workspace(String prefix) {
		return workspace(prefix, "en");
	}

	/** A workspace whose default language is {@code language} (da, de, en). */
	public Ws workspace(String prefix, String language) {
		String slug = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
		WorkspaceView ws = workspaces.createWorkspace(new NewWorkspace(slug, prefix + " ApS", "Europe/Copenhagen", "DK",
				null, language, "Keep all client data confidential."));
		PersonView ownerPerson = person("owner");
		MemberView owner = workspaces.addPerson(ws.id(), ownerPerson.id());
		access.grant(ws.id(), owner.id(), Role.OWNER, null, List.of(), null);
		return new Ws(ws, new Member(ownerPerson, owner));
	}

	public PersonView person(String prefix) {
		String email = prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() + "@example.test";
		return workspaces.registerPerson(email, prefix + " Tester", PASSWORD, "en", "Europe/Copenhagen");
	}

	/**
	 * A new person with {@code role} in the workspace; assistants have accepted the NDA.
	 */
	public Member member(Ws ws, Role role, @Nullable Instant until, ScopeRef... scopes) {
		return join(ws, person(role.name().toLowerCase()), role, until, true, scopes);
	}

	public Member join(Ws ws, PersonView person, Role role, @Nullable Instant until, boolean acceptNda,
			ScopeRef... scopes) {
		MemberView m = workspaces.addPerson(ws.view().id(), person.id());
		access.grant(ws.view().id(), m.id(), role, until, List.of(scopes), ws.owner().member().id());
		Member member = new Member(person, m);
		if (acceptNda && role == Role.ASSISTANT) {
			as(member, () -> access.acceptNda(policy.requireBeforeNda(ws.view().slug())));
		}
		return member;
	}

	public MemberView agent(Ws ws, String name) {
		MemberView agent = workspaces.addAgent(ws.view().id(), name, "UTC");
		access.grant(ws.view().id(), agent.id(), Role.AGENT, null, List.of(), ws.owner().member().id());
		return agent;
	}

	/**
	 * An API token for {@code member}, issued by the owner (for agents) or by the member
	 * (for themselves).
	 */
	public String token(Ws ws, MemberView member) {
		Member issuer = member.person() == null ? ws.owner()
				: new Member(workspaces.findPerson(member.person()).orElseThrow(), member);
		return as(issuer, () -> {
			Membership m = policy.require(ws.view().slug(), Permission.WORKSPACE_VIEW);
			return access.issueToken(m, member.id(), "test", Instant.now().plus(30, ChronoUnit.DAYS)).secret();
		});
	}

	public GrantView grantOf(Member member) {
		return access.liveGrant(member.member().id()).orElseThrow();
	}

	/** Runs {@code work} with {@code member}'s person signed in on this thread. */
	public <T> T as(Member member, Callable<T> work) {
		var auth = new TestingAuthenticationToken(Caller.person(member.person().id(), member.person().displayName()),
				null, "PERSON");
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			return work.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public void as(Member member, Runnable work) {
		as(member, () -> {
			work.run();
			return null;
		});
	}

	public record Ws(WorkspaceView view, Member owner) {
		public String slug() {
			return view.slug();
		}
	}

	public record Member(PersonView person, MemberView member) {
		public String email() {
			return person.email();
		}
	}

}
