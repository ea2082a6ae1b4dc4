package dev.deskhand.access;

import static dev.deskhand.FormSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.FormSession;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Changing one's password on the profile page: the current password first, a strong new
 * one, the other sessions end, and the API tokens go too if asked.
 */
@IntegrationTest
class PasswordChangeTests {

	static final String NEW = "lantern orbit pickle marmalade";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AccessManagement access;

	FormSession signedIn(String email, String password) {
		var browser = new FormSession(port, FormSession.freshAddress());
		assertThat(location(browser.login(email, password))).doesNotContain("/login");
		return browser;
	}

	Map<String, String> change(String current, String password) {
		return Map.of("currentPassword", current, "password", password, "repeat", password);
	}

	@Test
	void needsTheCurrentPassword() {
		var ws = fixtures.workspace("pw-current");
		var me = signedIn(ws.owner().email(), TestFixtures.PASSWORD);
		me.get("/profile");
		assertThat(location(me.post("/profile/password", change("a guess from a borrowed laptop", NEW))))
			.endsWith("/profile");
		assertThat(me.get("/profile").body()).contains("The current password is not right.");
		signedIn(ws.owner().email(), TestFixtures.PASSWORD);
	}

	@Test
	void endsThePersonsOtherSessionsButNotThisOne() {
		var ws = fixtures.workspace("pw-sessions");
		var here = signedIn(ws.owner().email(), TestFixtures.PASSWORD);
		var elsewhere = signedIn(ws.owner().email(), TestFixtures.PASSWORD);
		var someoneElse = fixtures.member(ws, dev.deskhand.workspace.Role.EMPLOYEE, null);
		var colleague = signedIn(someoneElse.person().email(), TestFixtures.PASSWORD);

		here.get("/profile");
		here.post("/profile/password", change(TestFixtures.PASSWORD, NEW));

		assertThat(here.get("/profile").body()).contains("Password changed.");
		assertThat(location(elsewhere.get("/profile"))).endsWith("/login?expired");
		assertThat(elsewhere.get("/login?expired").body()).contains("Your session has ended");
		assertThat(colleague.get("/profile").statusCode()).isEqualTo(200);
		signedIn(ws.owner().email(), NEW);
	}

	@Test
	void refusesAWeakPasswordInThePersonsLanguage() {
		var ws = fixtures.workspace("pw-weak");
		var person = ws.owner().person();
		workspaces.updateProfile(person.id(), person.displayName(), "de", "Europe/Berlin");
		var me = signedIn(ws.owner().email(), TestFixtures.PASSWORD);
		me.get("/profile");
		me.post("/profile/password", change(TestFixtures.PASSWORD, "Summer2026Summer2026"));
		assertThat(me.get("/profile").body()).contains("Dieses Passwort ist zu leicht zu erraten")
			.doesNotContain("too easy to guess");
		signedIn(ws.owner().email(), TestFixtures.PASSWORD);
	}

	@Test
	void revokesTheApiTokensWhenAsked() {
		var ws = fixtures.workspace("pw-tokens");
		String token = fixtures.token(ws, ws.owner().member());
		var api = new ApiClient(port, token);
		assertThat(api.get("/api/v1/me").status()).isEqualTo(200);

		var me = signedIn(ws.owner().email(), TestFixtures.PASSWORD);
		me.get("/profile");
		var form = new java.util.HashMap<>(change(TestFixtures.PASSWORD, NEW));
		form.put("revokeTokens", "true");
		me.post("/profile/password", form);

		assertThat(me.get("/profile").body()).contains("Your API tokens are revoked.");
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(access.tokens(ws.view().id())).filteredOn(t -> t.member().equals(ws.owner().member().id()))
			.isNotEmpty()
			.allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
	}

	@Test
	void keepsTheApiTokensUnlessAsked() {
		var ws = fixtures.workspace("pw-keep");
		String token = fixtures.token(ws, ws.owner().member());
		var me = signedIn(ws.owner().email(), TestFixtures.PASSWORD);
		me.get("/profile");
		me.post("/profile/password", change(TestFixtures.PASSWORD, NEW));
		assertThat(new ApiClient(port, token).get("/api/v1/me").status()).isEqualTo(200);
	}

}
