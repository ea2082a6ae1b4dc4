package dev.deskhand.access;

import static dev.deskhand.FormSession.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.deskhand.ApiClient;
import dev.deskhand.BrowserSupport;
import dev.deskhand.FormSession;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Two-factor sign-in over real HTTP: set up with a code computed from the shown secret, a
 * second step after the password that refuses wrong, replayed and throttled codes,
 * single-use recovery codes, the owner's requirement, and API tokens left alone.
 */
@IntegrationTest
@RecordApplicationEvents
class TwoFactorTests {

	private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY = Pattern.compile("id=\"recovery-code-list\">([^<]+)</pre>");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	TwoFactorManagement twoFactor;

	@Autowired
	TwoFactorStatus status;

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	FormSession browser() {
		return new FormSession(port, FormSession.freshAddress());
	}

	static String code(String secret, long stepsFromNow) throws Exception {
		return new DefaultCodeGenerator().generate(secret, TotpCodes.step(Instant.now()) + stepsFromNow);
	}

	/**
	 * Signs in with the password and lands on the code page, as a browser does (which
	 * gives the form its new CSRF token).
	 */
	FormSession passwordOnly(String email) {
		var session = browser();
		assertThat(location(session.login(email, TestFixtures.PASSWORD))).endsWith("/login/code");
		assertThat(session.get("/login/code").statusCode()).isEqualTo(200);
		return session;
	}

	static void assertSignedOut(FormSession session) {
		var r = session.get("/profile");
		assertThat(r.statusCode() == 401 || location(r).contains("/login")).as("not signed in").isTrue();
	}

	/** Sets two-factor sign-in up on the profile page, as a person does. */
	record Enrolled(String secret, String usedCode, List<String> recoveryCodes) {
	}

	Enrolled enrol(FormSession session) throws Exception {
		assertThat(session.get("/profile").body()).contains("/profile/two-factor");
		assertThat(location(session.post("/profile/two-factor", Map.of()))).endsWith("/profile/two-factor");
		String page = session.get("/profile/two-factor").body();
		assertThat(page).contains("src=\"data:image/png;base64,");
		var m = SECRET.matcher(page);
		assertThat(m.find()).isTrue();
		String grouped = m.group(1);
		assertThat(grouped).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
		String secret = grouped.replace(" ", "");

		assertThat(location(session.post("/profile/two-factor/confirm", Map.of("code", "000000"))))
			.endsWith("/profile/two-factor");
		assertThat(session.get("/profile/two-factor").body()).contains("not right");

		String first = code(secret, 0);
		assertThat(location(session.post("/profile/two-factor/confirm", Map.of("code", first))))
			.endsWith("/profile/two-factor");
		String shown = session.get("/profile/two-factor").body();
		var r = RECOVERY.matcher(shown);
		assertThat(r.find()).as("the recovery codes are shown once").isTrue();
		List<String> recovery = Arrays.stream(r.group(1).split("\\s+")).filter(s -> !s.isBlank()).toList();
		assertThat(recovery).hasSize(TwoFactorManagement.RECOVERY_CODES).doesNotHaveDuplicates();
		assertThat(session.get("/profile/two-factor").body()).doesNotContain("recovery-code-list")
			.contains("Unused recovery codes: 10");
		return new Enrolled(secret, first, recovery);
	}

	@Test
	void signInNeedsACurrentCodeAfterThePasswordAndNeverTakesOneTwice() throws Exception {
		var ws = fixtures.workspace("totp");
		var me = browser();
		me.login(ws.owner().email(), TestFixtures.PASSWORD);
		Enrolled enrolled = enrol(me);
		assertThat(status.enabled(ws.owner().person().id())).isTrue();

		var next = passwordOnly(ws.owner().email());
		assertThat(next.get("/login/code").body()).contains("Enter your sign-in code");
		assertSignedOut(next);
		assertThat(next.get("/w/" + ws.slug()).statusCode()).isIn(302, 401);

		assertThat(location(next.post("/login/code", Map.of("code", "123456")))).endsWith("/login/code?error");
		assertThat(location(next.post("/login/code", Map.of("code", enrolled.usedCode()))))
			.as("the code used to set it up was used")
			.endsWith("/login/code?error");
		String fresh = code(enrolled.secret(), 1);
		assertThat(location(next.post("/login/code", Map.of("code", fresh)))).doesNotContain("/login");
		assertThat(next.get("/profile").statusCode()).isEqualTo(200);
		assertThat(next.get("/w/" + ws.slug()).statusCode()).isEqualTo(200);

		var replay = passwordOnly(ws.owner().email());
		assertThat(location(replay.post("/login/code", Map.of("code", fresh)))).as("replayed")
			.endsWith("/login/code?error");
		assertSignedOut(replay);
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		var ws = fixtures.workspace("recovery");
		var me = browser();
		me.login(ws.owner().email(), TestFixtures.PASSWORD);
		Enrolled enrolled = enrol(me);
		String recovery = enrolled.recoveryCodes().get(3);

		var first = passwordOnly(ws.owner().email());
		assertThat(location(first.post("/login/code", Map.of("code", recovery.toUpperCase()))))
			.doesNotContain("/login");
		assertThat(first.get("/profile").statusCode()).isEqualTo(200);
		assertThat(first.get("/profile/two-factor").body()).contains("Unused recovery codes: 9");

		var second = passwordOnly(ws.owner().email());
		assertThat(location(second.post("/login/code", Map.of("code", recovery)))).endsWith("/login/code?error");
		assertThat(jdbc
			.sql("select count(*) from audit.entry where workspace_id = ? and summary like 'Recovery code used by %'")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void aPersonSetsItUpAndSignsInWithTheirAppInGerman(@Autowired WorkspaceManagement workspaces) throws Exception {
		var ws = fixtures.workspace("zwei");
		var owner = ws.owner().person();
		workspaces.updateProfile(owner.id(), "Anke Schubert", "de", "Europe/Berlin");
		String base = "http://localhost:" + port;
		String secret;
		try (var session = browser.session(base, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, owner.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/profile");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zwei-Faktor-Anmeldung einrichten"))
				.click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zwei-Faktor-Anmeldung einrichten"))
				.click();
			PlaywrightAssertions.assertThat(page.locator("img[src^='data:image/png']")).isVisible();
			secret = page.locator("#two-factor-secret").innerText().replace(" ", "");
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code(secret, 0));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestätigen und aktivieren")).click();
			PlaywrightAssertions.assertThat(page.locator("#recovery-codes")).containsText("Wiederherstellungscodes");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "two-factor-recovery-codes-de");
		}
		try (var session = browser.session(base, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, owner.email(), TestFixtures.PASSWORD);
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Anmeldecode eingeben");
			BrowserSupport.assertNoMissingMessages(page);
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code(secret, 1));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
			PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile("/w/" + ws.slug() + "$"));
		}
	}

	@Test
	void theCodePageSpeaksThePersonsLanguage(@Autowired WorkspaceManagement workspaces) throws Exception {
		var ws = fixtures.workspace("sprog");
		var owner = ws.owner().person();
		workspaces.updateProfile(owner.id(), owner.displayName(), "da", "Europe/Copenhagen");
		enable(ws.owner());
		assertThat(passwordOnly(ws.owner().email()).get("/login/code").body()).contains("Indtast din loginkode")
			.doesNotContain("Enter your sign-in code");
	}

	@Test
	void wrongCodesAreThrottledLikePasswords() throws Exception {
		var ws = fixtures.workspace("guess");
		var me = browser();
		me.login(ws.owner().email(), TestFixtures.PASSWORD);
		Enrolled enrolled = enrol(me);
		var guesser = passwordOnly(ws.owner().email());
		for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
			assertThat(location(guesser.post("/login/code", Map.of("code", String.format("%06d", i)))))
				.endsWith("/login/code?error");
		}
		assertThat(location(guesser.post("/login/code", Map.of("code", code(enrolled.secret(), 1)))))
			.as("even the right code waits")
			.endsWith("/login/code?error");
		assertSignedOut(guesser);
	}

	@Test
	void theSecretAndRecoveryCodesAreNotStoredInPlainText() throws Exception {
		var ws = fixtures.workspace("sealed");
		var me = browser();
		me.login(ws.owner().email(), TestFixtures.PASSWORD);
		Enrolled enrolled = enrol(me);
		byte[] sealed = jdbc.sql("select secret_sealed from access.two_factor where person_id = ?")
			.param(ws.owner().person().id().value())
			.query(byte[].class)
			.single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(enrolled.secret())
			.doesNotContain(enrolled.secret().substring(0, 8));
		List<String> stored = jdbc.sql("select code_hash from access.two_factor_recovery where person_id = ?")
			.param(ws.owner().person().id().value())
			.query(String.class)
			.list();
		assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
		assertThat(stored).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"));
	}

	/** Turns two-factor sign-in on for the member through the facade. */
	String enable(TestFixtures.Member member) throws Exception {
		PersonId person = member.person().id();
		String secret = twoFactor.startSetUp(person).secret().replace(" ", "");
		twoFactor.confirm(person, code(secret, 0), null);
		return secret;
	}

	@Test
	void turningItOnAndOffIsAnnouncedAndAuditedAndNeedsPasswordAndCode() throws Exception {
		var ws = fixtures.workspace("events");
		PersonId owner = ws.owner().person().id();
		String secret = enable(ws.owner());
		assertThat(events.stream(TwoFactorEnabled.class).filter(e -> e.person().equals(owner))).hasSize(1);
		assertThat(events.stream(AuditableChange.class)
			.filter(c -> c.subjectType().equals("two-factor") && c.workspace().equals(ws.view().id()))
			.map(AuditableChange::summary))
			.containsExactly("Two-factor sign-in on for " + ws.owner().person().displayName());
		assertThatThrownBy(() -> twoFactor.startSetUp(owner)).isInstanceOf(InvalidInputException.class);

		assertThatThrownBy(() -> twoFactor.disable(owner, "not the password", code(secret, 1), null))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> twoFactor.disable(owner, TestFixtures.PASSWORD, "999999", null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(status.enabled(owner)).isTrue();
		twoFactor.disable(owner, TestFixtures.PASSWORD, code(secret, 1), null);
		assertThat(status.enabled(owner)).isFalse();
		assertThat(events.stream(TwoFactorDisabled.class).filter(e -> e.person().equals(owner))).hasSize(1);
		assertThat(jdbc.sql("select count(*) from access.two_factor_recovery where person_id = ?")
			.param(owner.value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aWorkspaceThatRequiresItSendsMembersToSetItUpWhileTheirTokensKeepWorking() throws Exception {
		var ws = fixtures.workspace("required");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		String token = fixtures.token(ws, employee.member());
		var owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORKSPACE_SETTINGS));
		assertThatThrownBy(() -> twoFactor.require(owner, true)).as("the owner sets it up first")
			.isInstanceOf(InvalidInputException.class);

		enable(ws.owner());
		twoFactor.require(owner, true);
		assertThat(twoFactor.required(owner)).isTrue();
		assertThat(events.stream(AuditableChange.class)
			.filter(c -> c.subjectType().equals("two-factor-requirement") && c.workspace().equals(ws.view().id())))
			.hasSize(1);

		var page = browser();
		page.login(employee.email(), TestFixtures.PASSWORD);
		assertThat(location(page.get("/w/" + ws.slug()))).endsWith("/profile/two-factor?workspace=" + ws.slug());
		assertThat(location(page.get("/w/" + ws.slug() + "/members")))
			.endsWith("/profile/two-factor?workspace=" + ws.slug());
		assertThat(page.get("/profile/two-factor?workspace=" + ws.slug()).body())
			.contains(ws.view().name() + " requires two-factor sign-in");

		var api = new ApiClient(port, token);
		assertThat(api.get("/api/v1/workspaces/" + ws.slug()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/members").status()).isEqualTo(200);

		enrol(page);
		assertThat(page.get("/w/" + ws.slug()).statusCode()).as("set up: in again").isEqualTo(200);
		assertThat(page.get("/w/" + ws.slug() + "/members").body()).doesNotContain("two-factor-requirement");
	}

	@Test
	void theOwnerSeesAndChangesTheRequirementOnTheMembersPage() throws Exception {
		var ws = fixtures.workspace("setting");
		var session = browser();
		session.login(ws.owner().email(), TestFixtures.PASSWORD);
		assertThat(session.get("/w/" + ws.slug() + "/members").body()).contains("id=\"two-factor-requirement\"")
			.contains("Require two-factor sign-in");
		assertThat(location(session.post("/w/" + ws.slug() + "/two-factor", Map.of("required", "true"))))
			.endsWith("/w/" + ws.slug() + "/members");
		assertThat(session.get("/w/" + ws.slug() + "/members").body())
			.contains("Turn on two-factor sign-in for yourself first");
		enrol(session);
		session.post("/w/" + ws.slug() + "/two-factor", Map.of("required", "true"));
		assertThat(session.get("/w/" + ws.slug() + "/members").body()).contains("Stop requiring two-factor sign-in");
	}

}
