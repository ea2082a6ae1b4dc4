package dev.deskhand.hiring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ReceivedMail;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hiring from the post to the end of the trial, in Chromium against a real mail server: a
 * Danish manager posts a job; a bidder on the public page (in English) bids with a sample
 * and the work-sample answer; two reviewers score; the bidder picks an interview time by
 * the e-mailed link and the calendar invitation parses back to that time; the manager
 * hires; the new assistant registers by the invitation, accepts the NDA, sees the
 * onboarding checklist, sets up two-factor sign-in and sees only the customer the job was
 * scoped to; when the trial's access ends, the next request is refused.
 */
@IntegrationTest
class HiringJourneyBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	WorkSetup workSetup;

	@Autowired
	WorkQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fromTheJobPostToTheEndOfTheTrial() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		String base = "http://localhost:" + port;
		try {
			Ws ws = fixtures.workspace("ansaet", "da");
			Member mette = fixtures.member(ws, Role.MANAGER, null);
			Member line = fixtures.member(ws, Role.EMPLOYEE, null);
			workspaces.updateProfile(mette.person().id(), "Mette Nørgaard", "da", "Europe/Copenhagen");
			workspaces.updateProfile(line.person().id(), "Line Østergaard", "da", "Europe/Copenhagen");
			workspaces.setSchedule(mette.member().id(), "Europe/Copenhagen",
					WorkingPeriod.parseWeek("mon-sun 00:00-24:00"), null, null);
			String support = "job-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			fixtures.as(ws.owner(), () -> {
				inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
						new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
								mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
				var m = policy.require(ws.slug(), Permission.WORK_MANAGE);
				workSetup.publishSop(m, new NewSop("email", "# Kundemails\n\nSvar inden for to timer.", null, false));
				queue.create(m, new NewWorkItem("email", "Carlsberg: palle mangler", null, null, null, null,
						"Carlsberg", "customer:Carlsberg", null));
				queue.create(m, new NewWorkItem("email", "LEGO: ny leveringsadresse", null, null, null, null, "LEGO",
						"customer:LEGO", null));
			});
			String bidder = "maria-" + System.nanoTime() + "@example.test";
			Path sample = Files.createTempFile("sample", ".txt");
			Files.writeString(sample, "Work samples by Maria Santos: customer replies for European forwarders.");

			String postUrl;
			String publicUrl;
			try (var session = browser.session(base, Locale.forLanguageTag("da"))) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, mette.email(), TestFixtures.PASSWORD);
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/hiring/posts/new");
				page.locator("#p-title").fill("Kundeservice på dansk og tysk");
				page.locator("input[name=workTypes][value=email]").check();
				page.locator("input[name=languages][value=da]").check();
				page.locator("#p-hours").fill("20");
				page.locator("#p-rate").fill("250");
				page.locator("#p-cur").selectOption("DKK");
				page.locator("#p-trial").fill("30");
				page.locator("#p-scopes").fill("customer:Carlsberg");
				page.locator("#p-sample").fill("Besvar denne kundemail: \"Hvor er min palle?\"");
				page.locator("form[method=post] button.primary").click();
				assertThat(page.locator("main h1")).containsText("Kundeservice på dansk og tysk");
				postUrl = page.url();
				page.locator("form[action$='/open'] button").click();
				publicUrl = page.locator("a[href*='/jobs/']").first().getAttribute("href");
				BrowserSupport.assertNoMissingMessages(page);
				BrowserSupport.screenshot(page, "hiring-post-da");
			}
			assertThat(publicUrl).contains("/jobs/");

			// the bidder, on the public page in English
			try (var session = browser.session(base, Locale.ENGLISH)) {
				Page page = session.newPage();
				page.navigate(publicUrl);
				assertThat(page.locator("body")).containsText("Kundeservice på dansk og tysk");
				page.locator("#b-name").fill("Maria Santos");
				page.locator("#b-email").fill(bidder);
				page.locator("#b-rate").fill("240");
				page.locator("#b-hours").fill("20");
				page.locator("#b-zone").selectOption("Asia/Manila");
				page.locator("#b-avail").fill("mon-sun 00:00-24:00");
				page.locator("input[name=languages][value=da]").check();
				page.locator("#b-cover").fill("<b>Four years</b> with forwarders.");
				page.locator("#b-answer").fill("Hej, tak for din mail. Pallen leveres i morgen inden kl. 12.");
				page.locator("#b-samples").setInputFiles(sample);
				page.locator("form[enctype] button[type=submit]").click();
				assertThat(page.locator("body")).containsText("Maria Santos");
			}
			MimeMessage confirmation = received(mail, bidder, 1).getFirst();
			assertThat(text(confirmation)).contains("/bids/");

			// two reviewers score: each sees the other's only after scoring
			String bidUrl;
			try (var session = browser.session(base, Locale.forLanguageTag("da"))) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, mette.email(), TestFixtures.PASSWORD);
				page.navigate(postUrl);
				page.locator("a[href$='/bids']").first().click();
				page.locator("a[href*='/hiring/bids/']", new Page.LocatorOptions().setHasText("Maria Santos"))
					.first()
					.click();
				bidUrl = page.url();
				assertThat(page.locator("main")).containsText("<b>Four years</b>");
				score(page, "4");
			}
			try (var session = browser.session(base, Locale.forLanguageTag("da"))) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, line.email(), TestFixtures.PASSWORD);
				page.navigate(bidUrl);
				score(page, "5");
				assertThat(page.locator("#scores")).containsText("4,5");
				BrowserSupport.screenshot(page, "hiring-scores-da");
			}

			// the interview: the manager offers times, the bidder picks one by the link
			try (var session = browser.session(base, Locale.forLanguageTag("da"))) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, mette.email(), TestFixtures.PASSWORD);
				page.navigate(bidUrl);
				page.locator("#interview-link").click();
				page.locator("#videoLink").fill("https://meet.example.com/nordhavn-maria");
				page.locator("#propose form[method=post] button.primary").click();
				assertThat(page.locator("p.alert.ok")).isVisible();
				BrowserSupport.assertNoMissingMessages(page);
			}
			String proposal = text(received(mail, bidder, 2).getLast());
			Matcher choose = Pattern.compile("https?://\\S+/bids/\\S+/interviews/\\S+").matcher(proposal);
			assertThat(choose.find()).as(proposal).isTrue();
			Instant chosen;
			try (var session = browser.session(base, Locale.ENGLISH)) {
				Page page = session.newPage();
				page.navigate(choose.group());
				// the bid was made on the post's page, in the post's language: the
				// bidder's
				// mails and pages speak it
				assertThat(page.locator("h1")).hasText("Vælg et tidspunkt til din samtale");
				page.locator("#interview-choice form button").first().click();
				assertThat(page.locator("#booked")).containsText("Din samtale er");
				page.navigate(choose.group().replaceFirst("key=([^&]+)", "key=forged"));
				assertThat(page.locator("#interview-choice")).hasCount(0);
			}
			Calendar invitation = calendar(received(mail, bidder, 3).getLast());
			VEvent event = (VEvent) invitation.getComponent("VEVENT").orElseThrow();
			assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Manila");
			chosen = Instant.from(event.getDateTimeStart().getDate());
			assertThat(chosen).isAfter(Instant.now());
			assertThat(event.getProperty("LOCATION").orElseThrow().getValue())
				.isEqualTo("https://meet.example.com/nordhavn-maria");
			Calendar managersCopy = calendar(received(mail, mette.email(), 1).getLast());
			assertThat(Instant
				.from(((VEvent) managersCopy.getComponent("VEVENT").orElseThrow()).getDateTimeStart().getDate()))
				.isEqualTo(chosen);

			// hire
			try (var session = browser.session(base, Locale.forLanguageTag("da"))) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, mette.email(), TestFixtures.PASSWORD);
				page.navigate(bidUrl);
				page.locator("#hire form button").click();
				assertThat(page.locator("p.alert.ok")).isVisible();
				BrowserSupport.screenshot(page, "hiring-hired-da");
			}
			String invitationMail = text(received(mail, bidder, 4).getLast());
			Matcher invite = Pattern.compile("https?://\\S+/invitations/\\S+").matcher(invitationMail);
			assertThat(invite.find()).as(invitationMail).isTrue();

			// the new assistant: register, NDA, onboarding, two-factor, only Carlsberg's
			// work
			try (var session = browser.session(base, Locale.ENGLISH)) {
				Page page = session.newPage();
				page.navigate(invite.group());
				page.locator("#displayName").fill("Maria Santos");
				page.locator("#password").fill("a long enough secret 2026");
				page.locator("#language").selectOption("en");
				page.locator("#timeZone").fill("Asia/Manila");
				page.locator("form[action$='/register'] button").click();
				assertThat(page.locator("p.alert.ok")).isVisible();
				BrowserSupport.signIn(page, bidder, "a long enough secret 2026");
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue");
				page.locator("form[action$='/nda'] button").click();
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/hiring/my-onboarding");
				assertThat(page.locator("#steps")).isVisible();
				assertThat(page.locator("#sops")).containsText("Svar inden for to timer.");
				BrowserSupport.screenshot(page, "hiring-onboarding-en");

				BrowserSupport.visit(page, "/profile/two-factor");
				page.locator("form[action$='/profile/two-factor'] button").first().click();
				String secret = page.locator("#two-factor-secret").innerText().replace(" ", "");
				page.locator("form[action$='/confirm'] input[name=code]")
					.fill(new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30));
				page.locator("form[action$='/confirm'] button").click();
				assertThat(page.locator("#recovery-codes")).isVisible();

				BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue");
				assertThat(page.locator("main")).containsText("Carlsberg: palle mangler");
				assertThat(page.locator("main")).not().containsText("LEGO: ny leveringsadresse");
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/hiring/my-onboarding");
				assertThat(page.locator("#steps")).containsText("☑ Turn on a second factor for signing in");
				assertThat(page.locator("#steps")).containsText("☑ Accept the workspace's NDA");

				// the trial's last day passes: the grant's end is reached, nothing else
				// runs
				int ended = jdbc.sql("""
						update access.member_grant g set valid_until = ? from workspace.member m, workspace.person p
						where g.member_id = m.id and m.person_id = p.id and lower(p.email) = lower(?)
						  and m.workspace_id = ? and g.revoked_at is null""")
					.params(Timestamp.from(Instant.now().minusSeconds(1)), bidder, ws.view().id().value())
					.update();
				assertThat(ended).isEqualTo(1);
				var refused = page.navigate(base + "/w/" + ws.slug() + "/queue");
				assertThat(refused.status()).isIn(403, 404);
			}
		}
		finally {
			mail.stop();
		}
	}

	private static void score(Page page, String value) {
		var selects = page.locator("#scores select[name=scores]");
		for (int i = 0; i < selects.count(); i++) {
			selects.nth(i).selectOption(value);
		}
		page.locator("#scores form button[type=submit]").click();
	}

	private List<MimeMessage> received(GreenMail mail, String to, int count) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			outbox.sendDue();
			return Arrays.stream(mail.getReceivedMessages())
				.filter(r -> ReceivedMail.recipient(r).equalsIgnoreCase(to))
				.toList();
		}, l -> l.size() >= count);
	}

	private static String text(MimeMessage m) throws Exception {
		Object content = m.getContent();
		return content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent())
				: String.valueOf(content);
	}

	private static Calendar calendar(MimeMessage m) throws Exception {
		Multipart parts = (Multipart) m.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".ics")) {
				return new CalendarBuilder().build(new ByteArrayInputStream(part.getInputStream().readAllBytes()));
			}
		}
		throw new AssertionError("no calendar attached to " + m.getSubject());
	}

}
