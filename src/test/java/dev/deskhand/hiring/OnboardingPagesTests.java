package dev.deskhand.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hire's pages and API as both sides use them: the manager hires from a bid's button
 * and gets the invitation's link (no mailbox), edits the checklist (a refused row shows
 * the form again and stores nothing), follows the new assistant's onboarding and trial;
 * the assistant sees "Your onboarding" in the header and on its page and marks an SOP
 * read; the API answers the same and refuses bad input with problem+json.
 */
@IntegrationTest
class OnboardingPagesTests {

	private static final Pattern LINK = Pattern.compile("/invitations/(inv_[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	HiringTestData data;

	@Autowired
	Hires hires;

	@Autowired
	AccessManagement access;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	WorkSetup workSetup;

	@Autowired
	WorkQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void managerAndAssistantFollowTheOnboardingOnTheirPagesAndOverTheApi() {
		Ws ws = fixtures.workspace("onbpages");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		var sop = fixtures.as(ws.owner(), () -> workSetup.publishSop(policy.require(ws.slug(), Permission.WORK_MANAGE),
				new NewSop("customs", "# Customs\n\nCheck the HS code twice.", null, false)));
		var person = fixtures.person("newcomer");
		JobPostId post = data.post(ws, "Customs clerk", "HOURLY", 30, List.of("customs"), List.of());
		BidId bid = data.bid(post, ws, person.email(), "Nadia Berg", "280.00", BidStage.INTERVIEW);
		WebSession web = WebSession.signIn(port, manager);
		String base = "/w/" + ws.slug() + "/hiring";

		var hired = web.post(base + "/bids/" + bid.value() + "/hire", "");
		assertThat(hired.statusCode()).isEqualTo(302);
		String location = hired.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains(base + "/onboarding/");
		String hirePage = web.get(location.substring(location.indexOf("/w/"))).body();
		assertThat(hirePage).contains("Onboarding of Nadia Berg")
			.contains("Invited")
			.contains("Send the assistant the invitation");
		Matcher link = LINK.matcher(hirePage);
		assertThat(link.find()).as("no mailbox: the manager gets the link").isTrue();
		HireId hire = new HireId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(web.get(base + "/onboarding").body()).contains("Nadia Berg").contains("Customs clerk");

		// the checklist: a refused row keeps what was typed and stores nothing
		assertThat(web.get(base + "/onboarding/template").body()).contains("Follow items of the team (number)");
		var refused = web.post(base + "/onboarding/template",
				"kind=NDA&param=&daysDue=1&kind=SHADOW&param=many&daysDue=5&kind=&param=&daysDue=7");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Give a number of items from 1 to 100.").contains("value=\"many\"");
		assertThat(templateRows(ws)).isZero();
		var saved = web.post(base + "/onboarding/template",
				"kind=NDA&param=&daysDue=1&kind=READ_SOPS&param=&daysDue=3" + "&kind=CUSTOM&param="
						+ URLEncoder.encode("Call Jens in the warehouse", StandardCharsets.UTF_8)
						+ "&daysDue=5&kind=REVIEW&param=&daysDue=10");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(templateRows(ws)).isEqualTo(4);

		// the assistant joins and sees their onboarding
		access.acceptInvitation(link.group(1), person.id());
		await().atMost(Duration.ofSeconds(20)).until(() -> !steps(hire).isEmpty());
		MemberView memberView = workspaces.memberOf(ws.view().id(), person.id()).orElseThrow();
		Member assistant = new Member(person, memberView);
		fixtures.as(assistant, () -> access.acceptNda(policy.requireBeforeNda(ws.slug())));
		WebSession mine = WebSession.signIn(port, assistant);
		String queuePage = mine.get("/w/" + ws.slug() + "/queue").body();
		assertThat(queuePage).contains("Your onboarding: 0 of 4 steps done");
		String page = mine.get(base + "/my-onboarding").body();
		assertThat(page).contains("Your onboarding")
			.contains("Call Jens in the warehouse")
			.contains("Check the HS code twice.")
			.contains("Mark as read");
		assertThat(mine.post(base + "/my-onboarding/sops/" + sop.id() + "/read", "").statusCode()).isEqualTo(302);
		page = mine.get(base + "/my-onboarding").body();
		assertThat(page).doesNotContain("Mark as read");
		int custom = steps(hire).indexOf("CUSTOM");
		assertThat(mine.post(base + "/onboarding/" + hire.value() + "/steps/" + custom, "").statusCode())
			.isEqualTo(302);
		assertThat(mine.get(base + "/onboarding").statusCode()).as("the managers' list").isEqualTo(403);
		assertThat(mine.get("/w/" + ws.slug() + "/queue").body()).contains("Your onboarding: 3 of 4 steps done");

		// the manager sees the same, and the trial with the first item the assistant
		// resolved
		var item = fixtures.as(manager, () -> queue.create(policy.require(ws.slug(), Permission.WORK_VIEW),
				NewWorkItem.of("customs", "Clear the LEGO container")));
		fixtures.as(assistant, () -> queue.resolve(policy.require(ws.slug(), Permission.WORK_VIEW), item.id()));
		String progress = web.get(base + "/onboarding/" + hire.value()).body();
		assertThat(progress).contains("3 of 4 steps done").contains("Read ");
		String trial = web.get(base + "/trials/" + hire.value()).body();
		assertThat(trial).contains("Trial of Nadia Berg")
			.contains("30 days left")
			.contains("target 60 min.")
			.contains("First items resolved")
			.contains("Clear the LEGO container");
		var bad = web.post(base + "/trials/" + hire.value() + "/extend", "trialEndsOn=2020-01-01");
		assertThat(bad.statusCode()).isEqualTo(302);
		assertThat(web.get(base + "/trials/" + hire.value()).body())
			.contains("Choose a new last day after the current one");

		// the API
		ApiClient api = new ApiClient(port, fixtures.token(ws, manager.member()));
		var onboarding = api.get("/api/v1/workspaces/" + ws.slug() + "/hires/" + hire.value() + "/onboarding");
		assertThat(onboarding.status()).isEqualTo(200);
		assertThat(onboarding.json().get("steps")).hasSize(4);
		var badTemplate = api.send("PUT", "/api/v1/workspaces/" + ws.slug() + "/onboarding-template",
				"{\"steps\":[{\"kind\":\"SHADOW\",\"param\":\"0\",\"daysDue\":3}]}");
		assertThat(badTemplate.status()).isEqualTo(400);
		assertThat(badTemplate.contentType()).contains("problem+json");
		assertThat(badTemplate.body()).contains("/steps/0/param");
		assertThat(templateRows(ws)).isEqualTo(4);
		var extended = api.post("/api/v1/workspaces/" + ws.slug() + "/hires/" + hire.value() + "/trial/extend",
				"{\"trialEndsOn\":\"2020-01-01\"}");
		assertThat(extended.status()).isEqualTo(400);
		assertThat(extended.body()).contains("/trialEndsOn");
	}

	private int templateRows(Ws ws) {
		return jdbc.sql("select count(*) from hiring.onboarding_template_step where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single();
	}

	private List<String> steps(HireId hire) {
		return jdbc.sql("select kind from hiring.onboarding_step where hire_id = ? order by position")
			.param(hire.value())
			.query(String.class)
			.list();
	}

}
