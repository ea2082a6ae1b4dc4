package dev.deskhand.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.deskhand.FormSession;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ReceivedMail;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.Role;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A post's pipeline: stages moved by managers with actor and reason, decline with a
 * polite mail in the bidder's language (the workspace's saved reply in that language,
 * else the built-in text), the hire hook, the compare table and blind scorecards.
 */
@IntegrationTest
class PipelineTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	JobPosts posts;

	@Autowired
	Bids bids;

	@Autowired
	Pipeline pipeline;

	@Autowired
	WorkSetup work;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	BidEventsRecorder recorder;

	Membership as(Member m, Ws ws, Permission p) {
		return fixtures.as(m, () -> policy.require(ws.slug(), p));
	}

	BidView bidOn(JobPostView post, String name, String rate, String zone, String week, List<String> languages) {
		return receipt(post, name, rate, zone, week, languages).bid();
	}

	BidReceipt receipt(JobPostView post, String name, String rate, String zone, String week, List<String> languages) {
		return bids.submit(post.publicKey(),
				new NewBid(name, name.toLowerCase().replace(' ', '.') + "-" + System.nanoTime() + "@bidder.test",
						new BigDecimal(rate), zone, week, 20, languages, "Hello", "Answer of " + name),
				List.of(), FormSession.freshAddress());
	}

	@Test
	void managersMoveBidsThroughTheStagesAndDeclineWithAMailInTheBiddersLanguage() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			Ws ws = fixtures.workspace("pipe", "da");
			String support = "pipe-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(as(ws.owner(), ws, Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			fixtures.as(ws.owner(),
					() -> work.addSavedReply(as(ws.owner(), ws, Permission.WORK_MANAGE), "da", "Afslag på bud",
							"Kære {{customer.name}}\n\nTak for din interesse. Vi har valgt en anden.\n\nNordhavn"));
			Member manager = fixtures.member(ws, Role.MANAGER, null);
			Membership m = as(manager, ws, Permission.HIRING_MANAGE);
			JobPostView german = posts.open(m, posts.create(m, JobPostTests.post("de", null, List.of("email"))).id());
			JobPostView danish = posts.open(m, posts.create(m, JobPostTests.post("da", null, List.of("email"))).id());

			BidView anna = bidOn(german, "Anna Berg", "240", "Europe/Berlin", "mon-fri 08:00-16:00", List.of("de"));
			pipeline.move(m, anna.id(), BidStage.SHORTLISTED, "Gute Arbeitsprobe");
			pipeline.move(m, anna.id(), BidStage.INTERVIEW, null);
			assertThat(pipeline.move(m, anna.id(), BidStage.INTERVIEW, null).stage()).as("moving where it is")
				.isEqualTo(BidStage.INTERVIEW);
			pipeline.move(m, anna.id(), BidStage.OFFER, null);
			assertThatThrownBy(() -> pipeline.move(m, anna.id(), BidStage.HIRED, null))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/stage"));
			assertThat(pipeline.markHired(m, anna.id()).stage()).isEqualTo(BidStage.HIRED);
			assertThat(recorder.events).contains(new BidReceived(ws.view().id(), german.id(), anna.id()),
					new BidStageChanged(ws.view().id(), german.id(), anna.id(), BidStage.OFFER, BidStage.HIRED,
							manager.member().id()));
			assertThatThrownBy(() -> pipeline.move(m, anna.id(), BidStage.NEW, null))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/stage"));
			List<BidStageChange> history = pipeline.history(m, anna.id());
			assertThat(history).extracting(BidStageChange::to)
				.containsExactly(BidStage.NEW, BidStage.SHORTLISTED, BidStage.INTERVIEW, BidStage.OFFER,
						BidStage.HIRED);
			assertThat(history.get(0).actor()).as("the bidder's own").isNull();
			assertThat(history.get(1).actor()).isEqualTo(manager.member().displayName());
			assertThat(history.get(1).reason()).isEqualTo("Gute Arbeitsprobe");

			BidView jonas = bidOn(german, "Jonas Weber", "200", "Europe/Berlin", "mon-fri 08:00-16:00", List.of("de"));
			assertThatThrownBy(() -> pipeline.decline(m, jonas.id(), " "))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/reason"));
			assertThat(pipeline.decline(m, jonas.id(), "Kein Dänisch").declineReason()).isEqualTo("Kein Dänisch");
			MimeMessage toJonas = received(mail, jonas.email(), "andere Kandidaten");
			assertThat(toJonas.getSubject()).isEqualTo("Ihr Angebot: " + german.title());
			assertThat(text(toJonas)).contains("Guten Tag Jonas Weber").doesNotContain("Kein D");

			BidView mette = bidOn(danish, "Mette Holm", "200", "Europe/Copenhagen", "mon-fri 08:00-16:00",
					List.of("da"));
			pipeline.decline(m, mette.id(), "For dyr");
			MimeMessage toMette = received(mail, mette.email(), "Vi har valgt en anden");
			assertThat(toMette.getSubject()).isEqualTo("Dit bud: " + danish.title());
			assertThat(text(toMette)).startsWith("Kære Mette Holm").doesNotContain("Tak for dit bud");

			Member employee = fixtures.member(ws, Role.EMPLOYEE, null);
			assertThatThrownBy(() -> pipeline.move(as(employee, ws, Permission.HIRING_REVIEW), mette.id(),
					BidStage.SHORTLISTED, null))
				.isInstanceOf(AccessDenied.class);
			var page = WebSession.signIn(port, manager).get("/w/" + ws.slug() + "/hiring/bids/" + jonas.id());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Jonas Weber", "Kein Dänisch", "Declined");
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void scorecardsAreBlindUntilScoredAndShowAverageAndSpread() {
		Ws ws = fixtures.workspace("score", "en");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		Member employee = fixtures.member(ws, Role.EMPLOYEE, null);
		Membership owner = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		JobPostView post = posts.open(owner,
				posts.create(owner, JobPostTests.post("en", List.of("Written Danish", "Accuracy"), List.of("email")))
					.id());
		BidView b = bidOn(post, "Maria Santos", "240", "Asia/Manila", "mon-fri 14:00-22:00", List.of("da", "en"));
		Membership mgr = as(manager, ws, Permission.HIRING_REVIEW);
		Membership emp = as(employee, ws, Permission.HIRING_REVIEW);

		Scorecard first = pipeline.score(mgr, b.id(), List.of(5, 4), List.of("Excellent Danish", ""));
		assertThat(first.scoredByMe()).isTrue();
		assertThat(first.reviewers()).isEqualTo(1);

		Scorecard blind = pipeline.scorecard(emp, b.id());
		assertThat(blind.scoredByMe()).isFalse();
		assertThat(blind.criteria()).as("the others' scores are not handed out").isEmpty();
		assertThat(blind.reviewers()).isZero();
		assertThat(blind.overall()).isNull();
		assertThat(blind.mine()).extracting(Scorecard.Mine::score).containsExactly(null, null);
		assertThat(WebSession.signIn(port, employee).get("/w/" + ws.slug() + "/hiring/bids/" + b.id()).body())
			.doesNotContain("Excellent Danish");

		List<Integer> bad = new ArrayList<>(Arrays.asList(6, 3));
		assertThatThrownBy(() -> pipeline.score(emp, b.id(), bad, List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/scores/0"));
		List<Integer> partial = new ArrayList<>(Collections.nCopies(1, 3));
		assertThatThrownBy(() -> pipeline.score(emp, b.id(), partial, List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/scores/1"));
		assertThat(pipeline.scorecard(emp, b.id()).scoredByMe()).isFalse();

		Scorecard both = pipeline.score(emp, b.id(), List.of(3, 4), List.of("Some errors", "Careful"));
		assertThat(both.reviewers()).isEqualTo(2);
		assertThat(both.criteria().get(0).average()).isEqualTo(4.0);
		assertThat(both.criteria().get(0).min()).isEqualTo(3);
		assertThat(both.criteria().get(0).max()).isEqualTo(5);
		assertThat(both.criteria().get(0).notes()).containsExactlyInAnyOrder("Excellent Danish", "Some errors");
		assertThat(both.criteria().get(1).average()).isEqualTo(4.0);
		assertThat(both.spread()).isEqualTo(2);
		assertThat(both.overall()).isEqualTo(4.0);
		assertThat(pipeline.score(emp, b.id(), List.of(4, 4), List.of()).criteria().get(0).average())
			.as("scoring again replaces one's own")
			.isEqualTo(4.5);
	}

	@Test
	void theCompareTableShowsRateOverlapLanguagesAndSamples() {
		Ws ws = fixtures.workspace("compare", "da");
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		JobPostView post = posts.open(m, posts.create(m, JobPostTests.post("da", null, List.of("email"))).id());
		BidView manila = bidOn(post, "Maria Santos", "240", "Asia/Manila", "mon-fri 14:00-22:00", List.of("da", "en"));
		BidView cph = bidOn(post, "Mette Holm", "300", "Europe/Copenhagen", "mon-fri 12:00-20:00", List.of("da", "de"));
		BidReceipt gone = receipt(post, "Gone Away", "100", "Europe/Copenhagen", "mon-fri 12:00-20:00", List.of("da"));
		bids.withdraw(gone.bid().id(), gone.key());
		List<BidComparison> rows = pipeline.compare(m, bids.bids(m, post.id()));
		assertThat(rows).extracting(r -> r.bid().name()).containsExactly("Maria Santos", "Mette Holm");
		BidComparison maria = rows.get(0);
		assertThat(maria.bid().aboveMax()).isFalse();
		assertThat(maria.overlapHours()).as("Manila 14-22 is Copenhagen 07-15 or 08-16: 6 h of 09-15 a day")
			.isEqualTo(30.0);
		assertThat(maria.matchedLanguages()).containsExactly("da");
		assertThat(maria.missingLanguages()).containsExactly("de");
		BidComparison mette = rows.get(1);
		assertThat(mette.bid().aboveMax()).isTrue();
		assertThat(mette.overlapHours()).isEqualTo(15.0);
		assertThat(mette.missingLanguages()).isEmpty();
		var page = WebSession.signIn(port, ws.owner()).get("/w/" + ws.slug() + "/hiring/posts/" + post.id() + "/bids");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Maria Santos", "Mette Holm", "above the maximum");
		var answers = WebSession.signIn(port, ws.owner())
			.get("/w/" + ws.slug() + "/hiring/posts/" + post.id() + "/answers");
		assertThat(answers.body()).contains("Answer of Maria Santos", "Answer of Mette Holm");
		assertThat(manila.stage()).isEqualTo(BidStage.NEW);
		assertThat(cph.stage()).isEqualTo(BidStage.NEW);
	}

	private MimeMessage received(GreenMail mail, String to, String containing) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			outbox.sendDue();
			return Arrays.stream(mail.getReceivedMessages())
				.filter(r -> ReceivedMail.recipient(r).equals(to))
				.filter(r -> text(r).contains(containing))
				.findFirst()
				.orElse(null);
		}, r -> r != null);
	}

	static String text(MimeMessage m) {
		try {
			return m.getContent() instanceof String s ? s : GreenMailUtil.getBody(m);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
