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
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bids on the public page: confirmed by mail with a working link, withdrawn by it, a
 * forged key refused; the rate above the maximum flagged; bids after closing, disguised
 * and oversized samples and a second bid from one address refused without storing
 * anything; HTML in cover notes shown as text; a flood from one address or one source
 * throttled.
 */
@IntegrationTest
class BidTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

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
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	JdbcClient jdbc;

	Membership as(Member m, Ws ws, Permission p) {
		return fixtures.as(m, () -> policy.require(ws.slug(), p));
	}

	JobPostView openPost(Ws ws, String language) {
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		return posts.open(m, posts.create(m, JobPostTests.post(language, null, List.of("email"))).id());
	}

	static NewBid bid(String email, String rate) {
		return new NewBid("Maria Santos", email, new BigDecimal(rate), "Asia/Manila", "mon-fri 14:00-22:00", 20,
				List.of("da", "en"), "Jeg har fem års erfaring.", "Svar på mail 1 …");
	}

	static String email() {
		return "maria-" + System.nanoTime() + "@bidder.test";
	}

	static Map<String, List<String>> fields(String email, String cover) {
		Map<String, List<String>> f = new LinkedHashMap<>();
		f.put("name", List.of("Maria Santos"));
		f.put("email", List.of(email));
		f.put("rate", List.of("240"));
		f.put("timeZone", List.of("Asia/Manila"));
		f.put("availability", List.of("mon-fri 14:00-22:00"));
		f.put("hoursPerWeek", List.of("20"));
		f.put("languages", List.of("da", "de"));
		f.put("coverNote", List.of(cover));
		f.put("sampleAnswer", List.of("Kære kunde, tak for din mail."));
		return f;
	}

	@Test
	void aBidIsConfirmedByMailWithALinkThatShowsAndWithdrawsIt() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			Ws ws = fixtures.workspace("bud", "da");
			String support = "job-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(as(ws.owner(), ws, Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			JobPostView post = openPost(ws, "da");
			String email = email();

			BidFormPoster bidder = new BidFormPoster(port, FormSession.freshAddress());
			bidder.get("/jobs/" + post.publicKey());
			HttpResponse<String> sent = bidder.bid(post.publicKey(),
					fields(email, "<script>alert('x')</script> Jeg taler <b>dansk</b>."),
					List.of(new BidFormPoster.File("cv.pdf", "application/pdf", PDF)));
			assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
			String location = FormSession.location(sent);
			assertThat(location).contains("/bids/").contains("key=bid_").contains("received=1");
			String shown = bidder.get(location.replaceFirst("^https?://[^/]+", "")).body();
			assertThat(shown)
				.contains("Tak, dit bud er modtaget", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
						"&lt;b&gt;dansk&lt;/b&gt;")
				.doesNotContain("<script>alert", "<b>dansk</b>");

			MimeMessage received = await().atMost(Duration.ofSeconds(20)).until(() -> {
				outbox.sendDue();
				return Arrays.stream(mail.getReceivedMessages())
					.filter(r -> ReceivedMail.recipient(r).equals(email))
					.findFirst()
					.orElse(null);
			}, r -> r != null);
			assertThat(received.getSubject()).isEqualTo("Dit bud: " + post.title());
			String body = GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "=");
			Matcher link = Pattern.compile("(/bids/[0-9a-f-]{36}\\?key=[A-Za-z0-9_-]+)").matcher(body);
			assertThat(link.find()).as(body).isTrue();
			String path = link.group(1);

			BidFormPoster elsewhere = new BidFormPoster(port, FormSession.freshAddress());
			HttpResponse<String> own = elsewhere.get(path);
			assertThat(own.statusCode()).isEqualTo(200);
			assertThat(own.body()).contains("Maria Santos", "Modtaget", "Træk mit bud tilbage");
			String id = path.substring(6, 42);
			assertThat(elsewhere.get("/bids/" + id + "?key=bid_forged" + "A".repeat(40)).statusCode()).isEqualTo(404);
			assertThat(elsewhere.get("/bids/" + id).statusCode()).isEqualTo(404);

			String key = path.substring(path.indexOf("key=") + 4);
			HttpResponse<String> withdrawn = elsewhere.post("/bids/" + id + "/withdraw", "key=" + key);
			assertThat(withdrawn.statusCode()).isEqualTo(302);
			assertThat(elsewhere.get(path).body()).contains("Dit bud er trukket tilbage", "Trukket tilbage")
				.doesNotContain("Træk mit bud tilbage</button>");
			assertThat(bids.own(BidId.parse(id), key).stage()).isEqualTo(BidStage.WITHDRAWN);
			HttpResponse<String> forged = elsewhere.post("/bids/" + id + "/withdraw", "key=bid_wrong");
			assertThat(forged.statusCode()).isEqualTo(404);

			BidView again = bids.submit(post.publicKey(), bid(email, "230"), List.of(), FormSession.freshAddress())
				.bid();
			assertThat(again.stage()).as("after withdrawing, the address may bid again").isEqualTo(BidStage.NEW);
			assertThat(jdbc
				.sql("select count(*) from hiring.bid_stage_change c join hiring.bid b on b.id = c.bid_id "
						+ "where b.email = ?")
				.param(email)
				.query(Integer.class)
				.single()).isEqualTo(3);
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void aRateAboveTheMaximumIsFlaggedABidAfterClosingRefused() {
		Ws ws = fixtures.workspace("maks", "en");
		JobPostView post = openPost(ws, "en");
		BidReceipt above = bids.submit(post.publicKey(), bid(email(), "300"), List.of(), FormSession.freshAddress());
		assertThat(above.bid().aboveMax()).isTrue();
		BidReceipt within = bids.submit(post.publicKey(), bid(email(), "250"), List.of(), FormSession.freshAddress());
		assertThat(within.bid().aboveMax()).isFalse();
		assertThat(within.key()).startsWith("bid_");
		assertThat(jdbc.sql("select link_digest from hiring.bid where id = ?")
			.param(within.bid().id().value())
			.query(String.class)
			.single()).as("only the key's digest is kept").isNotEqualTo(within.key()).hasSize(64);

		posts.close(as(ws.owner(), ws, Permission.HIRING_MANAGE), post.id());
		String late = email();
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(late, "200"), List.of(), FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/post"));
		assertThat(count(late)).isZero();
	}

	@Test
	void disguisedOversizedAndUnsafeSamplesAreRefusedAndNothingIsStored() {
		Ws ws = fixtures.workspace("filer", "en");
		JobPostView post = openPost(ws, "en");
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		String disguised = email();
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(disguised, "200"),
				List.of(new SampleFile("cv.pdf", PDF), new SampleFile("portfolio.pdf", exe)),
				FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.field()).isEqualTo("/samples/1");
				assertThat(e.text().key()).isEqualTo("documents.refused.program");
			});
		assertThat(count(disguised)).isZero();
		assertThat(jdbc.sql("select count(*) from documents.document where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single()).as("the first, good file is not kept either").isZero();

		String big = email();
		byte[] oversized = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(big, "200"),
				List.of(new SampleFile("big.pdf", oversized)), FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.field()).isEqualTo("/samples/0");
				assertThat(e.text().key()).isEqualTo("hiring.bid.error.sampleSize");
			});
		byte[] gif = "GIF89a........".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(big, "200"), List.of(new SampleFile("a.gif", gif)),
				FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.text().key()).isEqualTo("hiring.bid.error.sampleType"));
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(big, "200"),
				List.of(new SampleFile("a.pdf", PDF), new SampleFile("b.pdf", PDF),
						new SampleFile("c.txt", "text".getBytes()), new SampleFile("d.pdf", PDF)),
				FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/samples"));
		assertThat(count(big)).isZero();

		BidReceipt ok = bids.submit(post.publicKey(), bid(big, "200"),
				List.of(new SampleFile("cv.pdf", PDF), new SampleFile("notes.txt", "Tak for mailen.".getBytes())),
				FormSession.freshAddress());
		assertThat(ok.bid().samples()).hasSize(2);
	}

	@Test
	void aSecondLiveBidFromOneAddressIsRefused() {
		Ws ws = fixtures.workspace("igen", "de");
		JobPostView post = openPost(ws, "de");
		String email = email();
		bids.submit(post.publicKey(), bid(email, "200"), List.of(), FormSession.freshAddress());
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(email.toUpperCase(), "190"), List.of(),
				FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.field()).isEqualTo("/email");
				assertThat(e.text().key()).isEqualTo("hiring.bid.error.duplicate");
			});
		assertThat(count(email)).isEqualTo(1);
		assertThatThrownBy(() -> bids.submit(post.publicKey(),
				new NewBid("X", email(), new BigDecimal("10"), "Mars/Olympus", "mon 09:00-10:00", null, List.of(), "",
						""),
				List.of(), FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/timeZone"));
		assertThatThrownBy(
				() -> bids.submit(post.publicKey(),
						new NewBid("X", email(), new BigDecimal("10"), "Europe/Berlin", "someday", null, List.of(), "",
								""),
						List.of(), FormSession.freshAddress()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/availability"));
	}

	@Test
	void aFloodFromOneAddressOrOneSourceIsThrottled() {
		Ws ws = fixtures.workspace("flut", "en");
		JobPostView post = openPost(ws, "en");
		String email = email();
		BidFormPoster bidder = new BidFormPoster(port, FormSession.freshAddress());
		bidder.get("/jobs/" + post.publicKey());
		assertThat(bidder.bid(post.publicKey(), fields(email, "first"), List.of()).statusCode()).isEqualTo(302);
		for (int i = 0; i < 4; i++) {
			bidder.get("/jobs/" + post.publicKey());
			HttpResponse<String> again = bidder.bid(post.publicKey(), fields(email, "again"), List.of());
			assertThat(again.statusCode()).isEqualTo(400);
			assertThat(again.body()).contains("There is already a bid from this e-mail address");
		}
		bidder.get("/jobs/" + post.publicKey());
		HttpResponse<String> flood = bidder.bid(post.publicKey(), fields(email, "flood"), List.of());
		assertThat(flood.statusCode()).isEqualTo(429);
		assertThat(flood.body()).contains("Please try again later");

		String source = FormSession.freshAddress();
		for (int i = 0; i < 20; i++) {
			bids.submit(post.publicKey(), bid(email(), "100"), List.of(), source);
		}
		assertThatThrownBy(() -> bids.submit(post.publicKey(), bid(email(), "100"), List.of(), source))
			.isInstanceOf(BidThrottled.class);
		assertThat(count(email)).isEqualTo(1);
	}

	@Test
	void reviewersReadBidsAndTheirReadsAreAudited() {
		Ws ws = fixtures.workspace("laes", "en");
		JobPostView post = openPost(ws, "en");
		BidView b = bids
			.submit(post.publicKey(), bid(email(), "200"), List.of(new SampleFile("cv.pdf", PDF)),
					FormSession.freshAddress())
			.bid();
		Member employee = fixtures.member(ws, Role.EMPLOYEE, null);
		Membership m = as(employee, ws, Permission.HIRING_REVIEW);
		assertThat(bids.bids(m, post.id())).extracting(BidView::id).containsExactly(b.id());
		assertThat(bids.sample(m, b.id(), b.samples().get(0)).bytes()).isEqualTo(PDF);
		assertThat(jdbc.sql("select count(*) from audit.entry where workspace_id = ? and action = 'READ'")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
		HttpResponse<String> page = WebSession.signIn(port, employee)
			.get("/w/" + ws.slug() + "/hiring/bids/" + b.id() + "/samples/" + b.samples().get(0));
		assertThat(page.statusCode()).isEqualTo(200);
		BidView html = bids
			.submit(post.publicKey(),
					new NewBid("<i>Eve</i>", email(), new BigDecimal("200"), "Europe/Berlin", "mon-fri 08:00-16:00",
							null, List.of(), "<img src=x onerror=alert(1)>", "<script>alert(2)</script>"),
					List.of(), FormSession.freshAddress())
			.bid();
		String shown = WebSession.signIn(port, employee).get("/w/" + ws.slug() + "/hiring/bids/" + html.id()).body();
		assertThat(shown)
			.contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(2)&lt;/script&gt;",
					"&lt;i&gt;Eve&lt;/i&gt;")
			.doesNotContain("<img src=x", "<script>alert(2)", "<i>Eve</i>");
		Ws other = fixtures.workspace("fremmed", "en");
		assertThatThrownBy(() -> bids.bid(as(other.owner(), other, Permission.HIRING_REVIEW), b.id()))
			.isInstanceOf(NotFoundException.class);
		Member assistant = fixtures.member(ws, Role.ASSISTANT, null);
		assertThat(WebSession.signIn(port, assistant).get("/w/" + ws.slug() + "/hiring/bids/" + b.id()).statusCode())
			.isEqualTo(403);
	}

	private int count(String email) {
		return jdbc.sql("select count(*) from hiring.bid where lower(email) = lower(?)")
			.param(email)
			.query(Integer.class)
			.single();
	}

}
