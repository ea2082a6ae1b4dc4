package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invitations are for the invited address only: the link is e-mailed there, only a person
 * whose verified address it is may accept it, only an e-mailed link creates an account
 * (having it proves the address), and the page never tells whether an address has an
 * account.
 */
@IntegrationTest
class InvitationTests {

	private static final Pattern TOKEN = Pattern.compile("/invitations/(inv_[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessManagement access;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherAccountCannotAcceptSomeoneElsesInvitation() {
		var ws = fixtures.workspace("inv-other");
		var invitee = fixtures.person("invitee");
		var stranger = fixtures.person("stranger");
		var sent = invite(ws, invitee.email());

		assertThatThrownBy(() -> access.acceptInvitation(token(sent), stranger.id())).isInstanceOf(AccessDenied.class);
		assertThat(workspaces.memberOf(ws.view().id(), stranger.id())).isEmpty();
		assertThat(workspaces.findOpenInvitation(token(sent))).isPresent();

		var joined = access.acceptInvitation(token(sent), invitee.id());
		assertThat(joined.workspace().id()).isEqualTo(ws.view().id());
		assertThat(joined.grant().role()).isEqualTo(Role.EMPLOYEE);
	}

	@Test
	void theInvitedAddressMatchesWhateverItsCase() {
		var ws = fixtures.workspace("inv-case");
		var invitee = fixtures.person("Casey");
		var sent = invite(ws, invitee.email().toUpperCase());
		assertThat(access.acceptInvitation(token(sent), invitee.id()).grant().role()).isEqualTo(Role.EMPLOYEE);
	}

	@Test
	void aLinkThatWasNotEmailedCreatesNoAccount() {
		var ws = fixtures.workspace("inv-unmailed");
		String address = "newcomer-" + System.nanoTime() + "@example.test";
		var sent = invite(ws, address);
		assertThat(sent.mailed()).isFalse();

		assertThatThrownBy(() -> access.registerViaInvitation(token(sent), "Squatter", TestFixtures.PASSWORD, "en",
				"Europe/Copenhagen"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(workspaces.findPersonByEmail(address)).isEmpty();
	}

	@Test
	void theLinkIsEmailedToTheInvitedAddressAndFollowingItVerifiesTheNewAccount() {
		var ws = fixtures.workspace("inv-mailed");
		fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("hello-" + System.nanoTime() + "@nordhavn.test")));
		String address = "mailed-" + System.nanoTime() + "@example.test";

		var sent = invite(ws, address);

		assertThat(sent.mailed()).isTrue();
		assertThat(sent.link()).as("the link is in the e-mail only").isNull();
		String body = jdbc
			.sql("select payload->>'body' from inbox.outgoing where workspace_id = ? and payload->'to'->>0 = ?")
			.params(ws.view().id().value(), address)
			.query(String.class)
			.single();
		Matcher m = TOKEN.matcher(body);
		assertThat(m.find()).as(body).isTrue();
		assertThat(body).contains(ws.view().name());
		String members = WebSession.signIn(port, ws.owner()).get("/w/" + ws.slug() + "/members").body();
		assertThat(members).contains(address).contains("e-mailed").doesNotContain(m.group(1));

		var joined = access.registerViaInvitation(m.group(1), "New Colleague", TestFixtures.PASSWORD, "en",
				"Europe/Copenhagen");
		assertThat(joined.workspace().id()).isEqualTo(ws.view().id());
		assertThat(workspaces.findPersonByEmail(address).orElseThrow().emailVerified()).isTrue();
	}

	@Test
	void thePageLooksTheSameForAddressesWithAndWithoutAnAccount() throws Exception {
		var ws = fixtures.workspace("inv-enum");
		var existing = fixtures.person("known");
		String unknown = "unknown-" + System.nanoTime() + "@example.test";
		var forExisting = invite(ws, existing.email());
		var forUnknown = invite(ws, unknown);

		String a = page(token(forExisting)).replace(existing.email(), "ADDRESS").replace(token(forExisting), "TOKEN");
		String b = page(token(forUnknown)).replace(unknown, "ADDRESS").replace(token(forUnknown), "TOKEN");

		assertThat(a).isEqualTo(b);
	}

	private InvitationSent invite(TestFixtures.Ws ws, String email) {
		return fixtures.as(ws.owner(), () -> access.invite(policy.require(ws.slug(), Permission.MEMBERS_MANAGE), email,
				Role.EMPLOYEE, null, List.of(), token -> "http://localhost:" + port + "/invitations/" + token));
	}

	private static String token(InvitationSent sent) {
		String link = sent.link();
		assertThat(link).isNotNull();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private String page(String token) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/invitations/" + token)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		// the CSRF token differs per session; the rest must not
		return response.body().replaceAll("name=\"_csrf\" (value|content)=\"[^\"]+\"", "CSRF");
	}

}
