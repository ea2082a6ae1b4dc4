package dev.deskhand.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ReceivedMail;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager offers a bidder in Manila times inside both working weeks; the bidder picks
 * one through the e-mailed link (forged and reused links refused), and both receive an
 * iCalendar invitation in their own zone, which parses back to the same instant.
 */
@IntegrationTest
class InterviewTests {

	private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	private static final ZoneId MANILA = ZoneId.of("Asia/Manila");

	private static final Pattern LINK = Pattern
		.compile("https?://\\S+/bids/([0-9a-f-]{36})/interviews/([0-9a-f-]{36})\\?key=([A-Za-z0-9_-]+)&lang=en");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	HiringTestData rows;

	@Autowired
	Interviews interviews;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	WorkspaceManagement workspaces;

	@LocalServerPort
	int port;

	@Test
	void theBidderPicksATimeAndBothGetTheInvitationInTheirOwnZone() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			Ws ws = fixtures.workspace("samtale", "da");
			Member mette = fixtures.member(ws, Role.MANAGER, null);
			workspaces.setSchedule(mette.member().id(), "Europe/Copenhagen",
					WorkingPeriod.parseWeek("mon-fri 08:00-16:00"), null, null);
			String support = "job-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(as(ws.owner(), ws, Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			String bidder = "maria-" + System.nanoTime() + "@example.test";
			var post = rows.post(ws, "Kundeservice på dansk og tysk", "250.00", "DKK");
			BidId bid = rows.bid(ws, post, bidder, "Maria Santos", "230.00", "Asia/Manila", "mon-fri 13:00-22:00",
					"en");
			Membership m = as(mette, ws, Permission.HIRING_MANAGE);

			List<Instant> suggested = interviews.suggestions(m, bid, 30);
			assertThat(suggested).isNotEmpty().isSorted().doesNotHaveDuplicates();
			assertThat(suggested).allSatisfy(s -> {
				var cph = s.atZone(CPH).toLocalTime();
				var mnl = s.plus(Duration.ofMinutes(30)).atZone(MANILA).toLocalTime();
				assertThat(cph).isBetween(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(15, 30));
				assertThat(mnl).isBeforeOrEqualTo(java.time.LocalTime.of(22, 0));
			});

			// 07:00 in Copenhagen is before the manager's day; 16:00 is after Maria's
			Instant early = suggested.getFirst().atZone(CPH).withHour(7).withMinute(0).toInstant();
			assertThatThrownBy(() -> interviews.propose(m, bid,
					new NewInterview(30, "https://meet.example.com/abc-defg", List.of(early)), base()))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/slots/0"));
			Instant late = suggested.getFirst().atZone(MANILA).withHour(22).withMinute(0).toInstant();
			assertThatThrownBy(() -> interviews.propose(m, bid,
					new NewInterview(30, "https://meet.example.com/abc-defg", List.of(late)), base()))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/slots/0"));
			assertThatThrownBy(() -> interviews.propose(m, bid,
					new NewInterview(30, "javascript:alert(1)", suggested.subList(0, 1)), base()))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.field()).isEqualTo("/videoLink"));
			assertThat(interviews.of(m, bid)).as("refused proposals store nothing").isEmpty();

			List<Instant> offered = suggested.subList(0, Math.min(3, suggested.size()));
			ProposedInterview sent = interviews.propose(m, bid,
					new NewInterview(30, "https://meet.example.com/abc-defg", offered), base());
			assertThat(sent.mailed()).isTrue();
			assertThat(sent.link()).isNull();
			InterviewView proposed = sent.interview();
			assertThat(proposed.status()).isEqualTo(InterviewView.Status.PROPOSED);
			assertThat(rows.stage(bid)).isEqualTo(BidStage.INTERVIEW);

			MimeMessage invite = received(mail, bidder, 1).getFirst();
			assertThat(invite.getSubject()).contains("Kundeservice på dansk og tysk");
			String body = text(invite);
			Matcher link = LINK.matcher(body);
			assertThat(link.find()).as(body).isTrue();
			String key = link.group(3);
			// the times in the mail are in Maria's zone, in English
			assertThat(body).contains(offered.getFirst()
				.atZone(MANILA)
				.getDayOfWeek()
				.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));

			InterviewId id = proposed.id();
			assertThatThrownBy(() -> interviews.choice(bid, id, key + "x")).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> interviews.choice(BidId.random(), id, key)).isInstanceOf(NotFoundException.class);
			HttpResponse<String> forged = get("/bids/" + bid + "/interviews/" + id + "?key=forged&lang=en");
			assertThat(forged.statusCode()).isEqualTo(404);
			HttpResponse<String> page = get("/bids/" + bid + "/interviews/" + id + "?key=" + key + "&lang=en");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Choose a time for your interview").contains("Philippine");

			var choice = interviews.choice(bid, id, key);
			assertThat(choice.slots()).hasSize(offered.size());
			var chosen = choice.slots().getLast();
			var booked = interviews.book(bid, id, key, chosen.id());
			assertThat(booked.booked()).isEqualTo(chosen.startsAt());
			assertThat(booked.videoLink()).isEqualTo("https://meet.example.com/abc-defg");
			assertThatThrownBy(() -> interviews.book(bid, id, key, choice.slots().getFirst().id()))
				.as("a link books once")
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/slot"));
			assertThat(interviews.of(m, bid).getFirst().booked()).isEqualTo(chosen.startsAt());

			Calendar theirs = calendar(received(mail, bidder, 2).getLast());
			HttpResponse<byte[]> download = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(base() + "/bids/" + bid + "/interviews/" + id + "/calendar.ics?key=" + key))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
			assertThat(new String(download.body(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("DTSTART;TZID=Asia/Manila:");
			assertThat(interviews.memberCalendar(m, id)).asString(java.nio.charset.StandardCharsets.UTF_8)
				.contains("DTSTART;TZID=Europe/Copenhagen:");
			Calendar mine = calendar(received(mail, mette.email(), 1).getFirst());
			for (var pair : List.of(List.of(theirs, MANILA), List.of(mine, CPH))) {
				Calendar c = (Calendar) pair.get(0);
				ZoneId zone = (ZoneId) pair.get(1);
				assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
				VEvent event = (VEvent) c.getComponent("VEVENT").orElseThrow();
				DtStart<?> start = event.getDateTimeStart();
				assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo(zone.getId());
				assertThat(Instant.from(start.getDate())).isEqualTo(chosen.startsAt());
				assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(id + "@deskhand");
				assertThat(event.getProperty("LOCATION").orElseThrow().getValue())
					.isEqualTo("https://meet.example.com/abc-defg");
				assertThat(event.<net.fortuna.ical4j.model.Property>getProperties("ATTENDEE"))
					.extracting(net.fortuna.ical4j.model.Property::getValue)
					.containsExactlyInAnyOrder("mailto:" + bidder, "mailto:" + mette.email());
				assertThat(c.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow().getValue())
					.isEqualTo(zone.getId());
			}

			// new times replace the booked interview: both calendars get its cancellation
			interviews.propose(m, bid,
					new NewInterview(45, "https://meet.example.com/new-room", suggested.subList(0, 1)), base());
			assertThatThrownBy(() -> interviews.book(bid, id, key, chosen.id())).as("the old link books nothing")
				.isInstanceOf(InvalidInputException.class);
			assertThat(interviews.choice(bid, id, key).status()).isEqualTo(InterviewView.Status.CANCELLED);
			Calendar cancelled = calendar(received(mail, mette.email(), 2).getLast(), "CANCEL");
			assertThat(((VEvent) cancelled.getComponent("VEVENT").orElseThrow()).getProperty("UID")
				.orElseThrow()
				.getValue()).isEqualTo(id + "@deskhand");
			assertThat(received(mail, bidder, 4)).extracting(MimeMessage::getSubject)
				.anySatisfy(subject -> assertThat(subject).startsWith("Cancelled:"));
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void withoutAMailboxTheManagerGetsTheLinkToPassOn() {
		Ws ws = fixtures.workspace("udenpost", "da");
		var post = rows.post(ws, "Kundeservice", "250.00", "DKK");
		BidId bid = rows.bid(ws, post, "y-" + System.nanoTime() + "@example.test", "Yara", "240.00", "Europe/Warsaw",
				"mon-fri 08:00-16:00", "de");
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		List<Instant> suggested = interviews.suggestions(m, bid, 30);
		ProposedInterview p = interviews.propose(m, bid,
				new NewInterview(30, "https://meet.example.com/room", suggested.subList(0, 1)), base());
		assertThat(p.mailed()).isFalse();
		Matcher link = Pattern
			.compile("/bids/" + bid + "/interviews/" + p.interview().id() + "\\?key=([A-Za-z0-9_-]+)&lang=de")
			.matcher(String.valueOf(p.link()));
		assertThat(link.find()).as(p.link()).isTrue();
		var booked = interviews.book(bid, p.interview().id(), link.group(1),
				interviews.choice(bid, p.interview().id(), link.group(1)).slots().getFirst().id());
		assertThat(booked.booked()).isEqualTo(suggested.getFirst());
		assertThat(interviews.bidderCalendar(bid, p.interview().id(), link.group(1)))
			.asString(java.nio.charset.StandardCharsets.UTF_8)
			.contains("DTSTART;TZID=Europe/Warsaw:");
	}

	@Test
	void aProposalForAnotherWorkspacesBidIsNotFound() {
		Ws ws = fixtures.workspace("fremmed");
		Ws other = fixtures.workspace("andet");
		var post = rows.post(other, "Andet job", "200.00", "EUR");
		BidId bid = rows.bid(other, post, "x-" + System.nanoTime() + "@example.test", "X", "190.00", "Europe/Berlin",
				"mon-fri 09:00-17:00", "de");
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		assertThatThrownBy(() -> interviews.suggestions(m, bid, 30)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> interviews.of(m, bid)).isInstanceOf(NotFoundException.class);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private List<MimeMessage> received(GreenMail mail, String to, int count) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			outbox.sendDue();
			return Arrays.stream(mail.getReceivedMessages()).filter(r -> ReceivedMail.recipient(r).equals(to)).toList();
		}, l -> l.size() >= count);
	}

	private static String text(MimeMessage m) throws Exception {
		Object content = m.getContent();
		if (content instanceof Multipart parts) {
			return String.valueOf(parts.getBodyPart(0).getContent());
		}
		return String.valueOf(content);
	}

	private static Calendar calendar(MimeMessage m) throws Exception {
		return calendar(m, "REQUEST");
	}

	private static Calendar calendar(MimeMessage m, String method) throws Exception {
		Multipart parts = (Multipart) m.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".ics")) {
				assertThat(part.getContentType()).startsWith("text/calendar").contains("method=" + method);
				byte[] bytes = part.getInputStream().readAllBytes();
				return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
			}
		}
		throw new AssertionError("no calendar attached");
	}

	private Membership as(Member member, Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

}
