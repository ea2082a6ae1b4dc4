package dev.deskhand.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.IssuerProfileView.Kind;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.billing.ReceivedMail;
import dev.deskhand.hiring.OnboardingView.OnboardingStep;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hire from bid to the trial's end: the bidder is invited by e-mail (GreenMail),
 * joins through the link, onboarding starts from the checklist, the contract is handed
 * over to billing once the assistant has invoicing details, the grant ends with the
 * trial, steps complete from the real state, an overdue step becomes one work item, and
 * the trial is extended, converted or ended (access gone at once).
 */
@IntegrationTest
class HireJourneyTests {

	private static final Pattern TOKEN = Pattern.compile("/invitations/(inv_[A-Za-z0-9_-]+)");

	private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	HiringTestData data;

	@Autowired
	Hires hires;

	@Autowired
	Onboarding onboarding;

	@Autowired
	Trials trials;

	@Autowired
	AccessManagement access;

	@Autowired
	AccessPolicy policy;

	@Autowired
	ContractManagement contracts;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	WorkSetup workSetup;

	@Autowired
	WorkQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHiredBidderIsInvitedOnboardedAndTheirTrialExtendedAndEnded() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			Ws ws = fixtures.workspace("hire");
			Member manager = fixtures.member(ws, Role.MANAGER, null);
			String support = "support-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(as(ws.owner(), ws, Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			var sop = workSetup.publishSop(as(ws.owner(), ws, Permission.WORK_MANAGE),
					new NewSop("booking", "# Booking\n\nConfirm every booking with the carrier.", null, false));
			JobPostId post = data.post(ws, "Booking assistant", "HOURLY", 30, List.of("booking"), List.of());
			String email = "bidder-" + System.nanoTime() + "@example.test";
			BidId bid = data.bid(post, ws, email, "Katrine Holm", "310.00", BidStage.OFFER);
			Membership m = as(manager, ws, Permission.HIRING_MANAGE);

			Hired hired = hires.hire(m, bid, token -> "http://localhost:" + port + "/invitations/" + token);
			HireView hire = hired.hire();
			assertThat(hired.mailed()).isTrue();
			assertThat(hired.link()).isNull();

			LocalDate trialEnd = LocalDate.now(CPH).plusDays(30);
			assertThat(hire.trialEndsOn()).isEqualTo(trialEnd);
			assertThat(hire.status()).isEqualTo(HireStatus.TRIAL);
			assertThat(hire.rate()).isEqualByComparingTo("310.00");
			assertThat(data.stage(bid)).isEqualTo(BidStage.HIRED);
			assertThat(data.stageChanges(bid, BidStage.HIRED)).isOne();
			Hired again = hires.hire(m, bid, t -> t);
			assertThat(again.hire().id()).as("a retry answers the first hire").isEqualTo(hire.id());
			assertThat(again.mailed()).isTrue();
			assertThat(data.stageChanges(bid, BidStage.HIRED)).isOne();
			BidId declined = data.bid(post, ws, "other-" + System.nanoTime() + "@example.test", "Other", "300",
					BidStage.DECLINED);
			assertThatThrownBy(() -> hires.hire(m, declined, t -> t)).isInstanceOf(InvalidInputException.class);
			assertThat(data.stage(declined)).isEqualTo(BidStage.DECLINED);

			// the invitation reaches the bidder; they register through its link
			MimeMessage invitation = await().atMost(Duration.ofSeconds(20)).until(() -> {
				outbox.sendDue();
				return Arrays.stream(mail.getReceivedMessages())
					.filter(r -> ReceivedMail.recipient(r).equals(email))
					.findFirst()
					.orElse(null);
			}, r -> r != null);
			Matcher link = TOKEN.matcher(GreenMailUtil.getBody(invitation).replace("=\r\n", ""));
			assertThat(link.find()).isTrue();
			Membership joined = access.registerViaInvitation(link.group(1), "Katrine Holm", TestFixtures.PASSWORD, "en",
					"Europe/Copenhagen");
			MemberView memberView = joined.member();
			Member assistant = new Member(workspaces.findPerson(memberView.person()).orElseThrow(), memberView);

			// the hire finds its member; onboarding starts from the default checklist
			await().atMost(Duration.ofSeconds(20)).until(() -> hires.hire(m, hire.id()).member() != null);
			assertThat(hires.hire(m, hire.id()).member()).isEqualTo(memberView.id());
			OnboardingView progress = onboarding.progress(m, hire.id());
			assertThat(progress.steps()).extracting(OnboardingStep::kind)
				.containsExactly(OnboardingStepKind.NDA, OnboardingStepKind.INVOICING, OnboardingStepKind.CLAUSES,
						OnboardingStepKind.TWO_FACTOR, OnboardingStepKind.READ_SOPS, OnboardingStepKind.MAILBOX,
						OnboardingStepKind.SHADOW, OnboardingStepKind.REVIEW);
			assertThat(progress.contract()).as("no contract without invoicing details").isNull();
			assertThat(access.liveGrant(memberView.id()).orElseThrow().validUntil())
				.isEqualTo(trialEnd.plusDays(1).atStartOfDay(CPH).toInstant());

			// the NDA, the invoicing details, then the contract's clauses
			fixtures.as(assistant, () -> access.acceptNda(policy.requireBeforeNda(ws.slug())));
			contracts.createIssuerProfile(assistant.person().id(),
					new NewIssuerProfile(Kind.PERSON, "Katrine Holm Assistance", "Nørregade 7\n1165 København K", "dk",
							"DK 12 34 56 78", null, VatScheme.STANDARD, email, null, "Danske Bank",
							"DK50 0040 0440 1162 43", "DABADKKK", 14));
			Membership am = as(assistant, ws, Permission.WORK_VIEW);
			OnboardingView mine = onboarding.mine(am).orElseThrow();
			assertThat(mine.contract()).as("made on the onboarding page's load").isNotNull();
			assertThat(done(mine, OnboardingStepKind.NDA)).isTrue();
			assertThat(done(mine, OnboardingStepKind.INVOICING)).isTrue();
			assertThat(done(mine, OnboardingStepKind.CLAUSES)).isFalse();
			ContractView contract = contracts.findContract(mine.contract()).orElseThrow();
			assertThat(contract.endsOn()).isEqualTo(trialEnd);
			assertThat(contract.trialEndsOn()).isEqualTo(trialEnd);
			assertThat(contract.rates()).singleElement()
				.satisfies(r -> assertThat(r.amount().amount()).isEqualByComparingTo("310.00"));
			assertThat(contract.clauses()).extracting(ContractView.Clause::clause)
				.containsExactlyInAnyOrder(ClauseKind.NDA, ClauseKind.IP_ASSIGNMENT, ClauseKind.AUDIT_RIGHTS);
			Membership billingView = as(assistant, ws, Permission.BILLING_VIEW);
			for (ClauseKind clause : ClauseKind.values()) {
				contracts.acceptClause(billingView, contract.id(), clause, ClauseKind.CURRENT_VERSION);
			}
			assertThat(contracts.findContract(contract.id()).orElseThrow().status())
				.isEqualTo(ContractView.Status.ACTIVE);
			assertThat(access.liveGrant(memberView.id()).orElseThrow().validUntil())
				.as("the active contract keeps the grant ending with the trial")
				.isEqualTo(trialEnd.plusDays(1).atStartOfDay(CPH).toInstant());

			// the SOP read, a first item opened: those steps complete by themselves
			onboarding.markRead(am, sop.id());
			var item = queue.create(as(manager, ws, Permission.WORK_VIEW), NewWorkItem.of("booking", "Book a truck"));
			queue.item(am, item.id());
			// an overdue step becomes one work item for the hiring manager; the opened
			// queue item
			// completes MAILBOX before the sweep looks, so it does not escalate
			jdbc.sql(
					"update hiring.onboarding_step set due_on = ? where hire_id = ? and kind in ('TWO_FACTOR', 'MAILBOX')")
				.params(LocalDate.now(CPH).minusDays(2), hire.id().value())
				.update();
			onboarding.escalateOverdue();
			onboarding.escalateOverdue();
			List<java.util.UUID> items = jdbc
				.sql("select work_item_id from hiring.onboarding_escalation where hire_id = ?")
				.param(hire.id().value())
				.query(java.util.UUID.class)
				.list();
			assertThat(items).hasSize(1);
			var escalated = queue.item(as(manager, ws, Permission.WORK_VIEW),
					new dev.deskhand.work.WorkItemId(items.get(0)));
			assertThat(escalated.title()).contains("Katrine Holm").contains("second factor");

			mine = onboarding.mine(am).orElseThrow();
			assertThat(done(mine, OnboardingStepKind.CLAUSES)).isTrue();
			assertThat(done(mine, OnboardingStepKind.READ_SOPS)).isTrue();
			assertThat(mine.sops()).singleElement().satisfies(s -> assertThat(s.readAt()).isNotNull());
			assertThat(done(mine, OnboardingStepKind.MAILBOX)).isTrue();
			assertThat(done(mine, OnboardingStepKind.SHADOW)).as("1 of 5 items").isFalse();
			assertThat(done(mine, OnboardingStepKind.TWO_FACTOR)).isFalse();
			int review = position(mine, OnboardingStepKind.REVIEW);
			assertThatThrownBy(() -> onboarding.tick(am, hire.id(), review)).as("a manager reviews")
				.isInstanceOf(dev.deskhand.access.AccessDenied.class);

			onboarding.tick(m, hire.id(), review);
			assertThat(done(onboarding.progress(m, hire.id()), OnboardingStepKind.REVIEW)).isTrue();

			// the trial is extended: grant and contract move
			LocalDate later = trialEnd.plusDays(14);
			trials.extend(m, hire.id(), later);
			assertThat(access.liveGrant(memberView.id()).orElseThrow().validUntil())
				.isEqualTo(later.plusDays(1).atStartOfDay(CPH).toInstant());
			assertThat(contracts.findContract(contract.id()).orElseThrow().endsOn()).isEqualTo(later);
			queue.recordReply(am, item.id(), dev.deskhand.inbox.OutgoingId.random());
			queue.resolve(am, item.id());
			TrialView trial = trials.trial(m, hire.id());
			assertThat(trial.daysLeft()).isEqualTo(44);
			assertThat(trial.resolved()).as("the item the assistant resolved").isOne();
			assertThat(trial.firstResolved()).extracting(r -> r.title()).containsExactly("Book a truck");
			assertThat(trial.resolvedPerWeek()).isEqualTo(1.0);
			assertThat(trial.answered()).as("the item whose first reply was theirs").isOne();
			assertThat(trial.medianFirstResponseMinutes()).isZero();
			assertThat(trial.p90FirstResponseMinutes()).isZero();
			assertThat(trial.targetFirstResponseMinutes()).isEqualTo(60);
			assertThatThrownBy(() -> trials.extend(m, hire.id(), later)).isInstanceOf(InvalidInputException.class);

			// ended: access is gone at once
			WebSession web = WebSession.signIn(port, assistant);
			assertThat(web.get("/w/" + ws.slug() + "/queue").statusCode()).isEqualTo(200);
			trials.end(m, hire.id(), "Not a fit");
			assertThat(access.liveGrant(memberView.id())).isEmpty();
			assertThat(contracts.findContract(contract.id()).orElseThrow().status())
				.isEqualTo(ContractView.Status.ENDED);
			assertThat(web.get("/w/" + ws.slug() + "/queue").statusCode()).as("refused on the very next request")
				.isEqualTo(403);
			assertThat(hires.hire(m, hire.id()).status()).isEqualTo(HireStatus.ENDED);
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void aConvertedTrialLeavesGrantAndContractWithoutEnd() {
		Ws ws = fixtures.workspace("convert");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		var person = fixtures.person("bidder");
		contracts.createIssuerProfile(person.id(),
				new NewIssuerProfile(Kind.PERSON, "Freja Assistance", "Nørregade 7\n1165 København K", "dk",
						"DK 12 34 56 78", null, VatScheme.STANDARD, person.email(), null, "Danske Bank",
						"DK50 0040 0440 1162 43", "DABADKKK", 14));
		JobPostId post = data.post(ws, "Customs clerk", "PER_TASK", 14, List.of("customs"), List.of("customer:LEGO"));
		BidId bid = data.bid(post, ws, person.email(), "Freja", "45.00", BidStage.SHORTLISTED);
		Membership m = as(manager, ws, Permission.HIRING_MANAGE);
		Hired hired = hires.hire(m, bid, token -> "http://localhost:" + port + "/invitations/" + token);
		HireView hire = hired.hire();
		assertThat(hired.mailed()).as("no mailbox: the manager passes the link on").isFalse();
		var sent = workspaces.invitations(ws.view().id())
			.stream()
			.filter(i -> i.email().equals(person.email()))
			.findFirst()
			.orElseThrow();
		assertThat(sent.accessUntil()).isEqualTo(LocalDate.now(CPH).plusDays(15).atStartOfDay(CPH).toInstant());
		assertThatThrownBy(() -> trials.convert(m, hire.id(), null)).as("not joined yet")
			.isInstanceOf(InvalidInputException.class);

		// an existing account joins; it has invoicing details, so the contract follows
		// the join
		String link = hired.link();
		access.acceptInvitation(link.substring(link.lastIndexOf('/') + 1), person.id());
		await().atMost(Duration.ofSeconds(20)).until(() -> hires.hire(m, hire.id()).contract() != null);
		HireView joined = hires.hire(m, hire.id());
		var grant = access.liveGrant(joined.member()).orElseThrow();
		assertThat(grant.scopes()).extracting(Object::toString).containsExactly("customer:LEGO");
		ContractView contract = contracts.findContract(joined.contract()).orElseThrow();
		assertThat(contract.rates()).singleElement().satisfies(r -> assertThat(r.workType()).isEqualTo("customs"));
		assertThat(contract.endsOn()).isEqualTo(LocalDate.now(CPH).plusDays(14));

		HireView converted = trials.convert(m, hire.id(), null);

		assertThat(converted.status()).isEqualTo(HireStatus.CONVERTED);
		assertThat(converted.trialEndsOn()).isNull();
		assertThat(access.liveGrant(joined.member()).orElseThrow().validUntil()).isNull();
		assertThat(contracts.findContract(contract.id()).orElseThrow().endsOn()).isNull();
		assertThat(converted.firstTrialEndsOn()).isEqualTo(LocalDate.now(CPH).plusDays(14));
	}

	@Test
	void aTrialEndingSoonGivesTheHiringManagerOneWorkItem() {
		Ws ws = fixtures.workspace("notice");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		var person = fixtures.person("soon");
		JobPostId post = data.post(ws, "Night desk", "HOURLY", 2, List.of(), List.of());
		BidId bid = data.bid(post, ws, person.email(), "Jonas Lund", "250.00", BidStage.NEW);
		Membership m = as(manager, ws, Permission.HIRING_MANAGE);
		Hired hired = hires.hire(m, bid, token -> "http://localhost:" + port + "/invitations/" + token);
		access.acceptInvitation(hired.link().substring(hired.link().lastIndexOf('/') + 1), person.id());
		await().atMost(Duration.ofSeconds(20)).until(() -> hires.hire(m, hired.hire().id()).member() != null);

		trials.noticeEndingTrials();
		trials.noticeEndingTrials();

		List<String> items = jdbc
			.sql("select title from work.item where workspace_id = ? and assignee_id = ? and title like ?")
			.params(ws.view().id().value(), manager.member().id().value(), "%Jonas Lund%")
			.query(String.class)
			.list();
		assertThat(items).singleElement().asString().contains("The trial of Jonas Lund ends on");

		// extended, it is reminded again before its new end only
		trials.extend(m, hired.hire().id(), LocalDate.now(CPH).plusDays(3));
		trials.noticeEndingTrials();
		assertThat(jdbc.sql("select count(*) from work.item where workspace_id = ? and title like ?")
			.params(ws.view().id().value(), "%Jonas Lund%")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private static boolean done(OnboardingView v, OnboardingStepKind kind) {
		return v.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().done();
	}

	private static int position(OnboardingView v, OnboardingStepKind kind) {
		return v.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().position();
	}

	private Membership as(Member member, Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

}
