package dev.deskhand.hiring.bids;

import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidReceipt;
import dev.deskhand.hiring.BidReceived;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.BidStageChanged;
import dev.deskhand.hiring.BidView;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.NewBid;
import dev.deskhand.hiring.PostStatus;
import dev.deskhand.hiring.PublicJobPost;
import dev.deskhand.hiring.SampleFile;
import dev.deskhand.hiring.posts.PostChecks;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.Text;
import dev.deskhand.workspace.WorkingPeriod;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bids from the public page: checked, throttled, stored with their samples in one
 * transaction, then confirmed by e-mail; the bidder's own page and withdrawal by the
 * bid's link.
 */
@Component
public class BidWork {

	/** At most this many samples of work per bid. */
	public static final int MAX_SAMPLES = 3;

	/** At most this many bytes per sample (5 MiB). */
	public static final int MAX_SAMPLE_BYTES = 5 * 1024 * 1024;

	/** The kinds of sample files taken: documents and images that run nothing. */
	public static final Set<String> SAMPLE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

	private static final BigDecimal MAX_RATE = new BigDecimal("1000000");

	private final BidStore store;

	private final BidThrottle throttle;

	private final DocumentStore documents;

	private final HiringMail mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	BidWork(BidStore store, BidThrottle throttle, DocumentStore documents, HiringMail mail, MessageSource messages,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.throttle = throttle;
		this.documents = documents;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public BidReceipt submit(PublicJobPost pub, NewBid n, List<SampleFile> files, String source) {
		JobPostView post = pub.post();
		if (post.status() != PostStatus.OPEN) {
			throw new InvalidInputException("/post", Text.of("hiring.bid.error.closed"));
		}
		throttle.attempt(n.email() == null ? "" : n.email(), source);
		String email = email(n.email());
		String name = text("/name", n.name(), 120);
		if (name.isEmpty()) {
			throw invalid("/name", "name");
		}
		BigDecimal rate = n.rate();
		if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0
				|| rate.stripTrailingZeros().scale() > 2) {
			throw invalid("/rate", "rate");
		}
		ZoneId zone = zone(n.timeZone());
		String availability = availability(n.availability());
		Integer hours = n.hoursPerWeek();
		if (hours != null && (hours < 1 || hours > 80)) {
			throw invalid("/hoursPerWeek", "hoursPerWeek");
		}
		List<String> languages = PostChecks.languages("/languages", n.languages());
		String cover = text("/coverNote", n.coverNote(), 10000);
		String answer = text("/sampleAnswer", n.sampleAnswer(), 20000);
		List<SampleFile> samples = files.stream().filter(f -> f.content().length > 0).toList();
		if (samples.size() > MAX_SAMPLES) {
			throw new InvalidInputException("/samples", Text.of("hiring.bid.error.tooManySamples", MAX_SAMPLES));
		}
		for (int i = 0; i < samples.size(); i++) {
			if (samples.get(i).content().length > MAX_SAMPLE_BYTES) {
				throw new InvalidInputException("/samples/" + i, Text.of("hiring.bid.error.sampleSize",
						samples.get(i).name() == null ? "" : samples.get(i).name(), "5 MB"));
			}
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		String key = SecretToken.random("bid_");
		BidView bid = new BidView(BidId.random(), post.id(), post.workspace(), email, name, rate.setScale(2),
				post.currency(), rate.compareTo(post.maxRate()) > 0, zone, availability, hours, languages,
				post.language(), cover, answer, List.of(), BidStage.NEW, null, now, now);
		BidView stored = tx.execute(s -> {
			if (store.hasLive(post.id(), email)) {
				throw invalid("/email", "duplicate");
			}
			try {
				store.insert(bid, SecretToken.digest(key));
			}
			catch (DuplicateKeyException e) {
				throw invalid("/email", "duplicate");
			}
			for (int i = 0; i < samples.size(); i++) {
				SampleFile f = samples.get(i);
				DocumentView d;
				try {
					d = documents.storeForModule(post.workspace(), "hiring", f.name(),
							new ByteArrayInputStream(f.content()));
				}
				catch (InvalidInputException e) {
					throw new InvalidInputException("/samples/" + i, e.text());
				}
				if (!SAMPLE_TYPES.contains(d.contentType().replaceFirst(";.*$", "").strip())) {
					throw new InvalidInputException("/samples/" + i, Text.of("hiring.bid.error.sampleType", d.name()));
				}
				store.addSample(bid.id(), d.id(), i);
			}
			store.change(bid.id(), null, BidStage.NEW, null, null, now);
			BidView b = store.find(bid.id()).orElseThrow();
			events.publishEvent(AuditableChange.created(post.workspace(), "bid", b.id(), audited(b),
					"Bid by " + b.name() + " on " + post.title()));
			events.publishEvent(new BidReceived(post.workspace(), post.id(), b.id()));
			return b;
		});
		confirm(pub, stored, key);
		return new BidReceipt(stored, key);
	}

	/** The path of a bid's own page. */
	public static String link(BidId id, String key) {
		return "/bids/" + id + "?key=" + key;
	}

	private void confirm(PublicJobPost pub, BidView b, String key) {
		Locale l = Locale.forLanguageTag(b.language());
		String subject = messages.getMessage("hiring.mail.confirm.subject", new Object[] { pub.post().title() }, l);
		String body = messages.getMessage("hiring.mail.confirm.body",
				new Object[] { b.name(), pub.post().title(), pub.workspaceName(), mail.url(link(b.id(), key)) }, l);
		mail.send(b.workspace(), b.email(), subject, body);
	}

	/** The bid whose link this is. */
	public BidView own(BidId id, @Nullable String key) {
		if (key == null || key.isBlank() || key.length() > 100) {
			throw new NotFoundException(Text.of("hiring.bid.notFound"));
		}
		return store.byLink(id, SecretToken.digest(key))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
	}

	/** The bidder withdraws their bid by its link; withdrawing twice changes nothing. */
	public BidView withdraw(BidId id, @Nullable String key) {
		return tx.execute(s -> {
			BidView before = own(id, key);
			store.lock(id);
			if (before.stage() == BidStage.WITHDRAWN) {
				return before;
			}
			if (!before.stage().open()) {
				throw invalid("/stage", "notOpen");
			}
			store.stage(id, before.stage(), BidStage.WITHDRAWN, null, null,
					clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
			BidView after = store.find(id).orElseThrow();
			events.publishEvent(AuditableChange.updated(before.workspace(), "bid", id, audited(before), audited(after),
					"Bid by " + before.name() + " " + before.stage() + " -> WITHDRAWN"));
			events.publishEvent(new BidStageChanged(before.workspace(), before.post(), id, before.stage(),
					BidStage.WITHDRAWN, null));
			return after;
		});
	}

	/** What the audit chain keeps of a bid: no cover note, answer or address. */
	public static Map<String, Object> audited(BidView b) {
		return Map.of("post", b.post().toString(), "name", b.name(), "rate", b.rate().toPlainString(), "currency",
				b.currency(), "aboveMax", b.aboveMax(), "stage", b.stage().name(), "samples", b.samples().size());
	}

	static String email(@Nullable String typed) {
		String e = typed == null ? "" : typed.strip();
		if (e.length() < 3 || e.length() > 254 || !EMAIL.matcher(e).matches()) {
			throw invalid("/email", "email");
		}
		return e;
	}

	static ZoneId zone(@Nullable String typed) {
		if (typed == null || typed.isBlank() || !typed.contains("/")) {
			throw invalid("/timeZone", "timeZone");
		}
		try {
			return ZoneId.of(typed.strip());
		}
		catch (DateTimeException e) {
			throw invalid("/timeZone", "timeZone");
		}
	}

	static String availability(@Nullable String typed) {
		String t = typed == null ? "" : typed.strip();
		if (t.isEmpty() || t.length() > 500) {
			throw invalid("/availability", "availability");
		}
		List<WorkingPeriod> week;
		try {
			week = WorkingPeriod.parseWeek(t);
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException("/availability", e.text());
		}
		if (week.isEmpty()) {
			throw invalid("/availability", "availability");
		}
		return t;
	}

	static String text(String pointer, @Nullable String typed, int max) {
		String t = typed == null ? "" : typed.strip();
		if (t.length() > max) {
			throw new InvalidInputException(pointer, Text.of("hiring.post.error.length", max));
		}
		return t;
	}

	static InvalidInputException invalid(String pointer, String reason) {
		return new InvalidInputException(pointer, Text.of("hiring.bid.error." + reason));
	}

}
