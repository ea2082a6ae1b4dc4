package dev.deskhand.hiring;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.hiring.bids.BidStore;
import dev.deskhand.hiring.interviews.InterviewCalendar;
import dev.deskhand.hiring.interviews.InterviewSlots;
import dev.deskhand.hiring.interviews.InterviewStore;
import dev.deskhand.hiring.interviews.InterviewStore.Bidder;
import dev.deskhand.hiring.interviews.InterviewTexts;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews with bidders: a manager offers starts inside both sides' working weeks (the
 * interviewer's as a member, the bidder's availability in their zone) and a video-call
 * link; the bidder picks one through the interview's own link (no account), and both are
 * sent an iCalendar invitation in their own zone and language. Proposing moves the bid to
 * the interview stage; proposing again replaces the open proposal (its link stops
 * working). Every write is one transaction with its {@link AuditableChange}; the mails go
 * through the inbox's outbox in that transaction.
 */
@Service
@Transactional
public class Interviews {

	/** Offered starts: at most this many, within this many days. */
	static final int MAX_SLOTS = 10;

	static final int HORIZON_DAYS = 60;

	/** An interviewer without working hours is taken to work weekdays 9 to 17. */
	static final List<WorkingPeriod> OFFICE_HOURS = java.util.stream.Stream
		.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
		.map(d -> new WorkingPeriod(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
		.toList();

	private final InterviewStore store;

	private final WorkspaceManagement workspaces;

	private final InboxManagement inbox;

	private final DocumentStore documents;

	private final InterviewTexts texts;

	private final Pipeline pipeline;

	private final BidStore bids;

	private final Posts posts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Interviews(InterviewStore store, WorkspaceManagement workspaces, InboxManagement inbox, DocumentStore documents,
			InterviewTexts texts, Pipeline pipeline, BidStore bids, Posts posts, ApplicationEventPublisher events,
			Clock clock) {
		this.pipeline = pipeline;
		this.bids = bids;
		this.posts = posts;
		this.store = store;
		this.workspaces = workspaces;
		this.inbox = inbox;
		this.documents = documents;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts the caller could offer the bidder in the next two weeks, inside both working
	 * weeks, a few a day.
	 * @throws NotFoundException when the workspace has no such bid
	 */
	@Transactional(readOnly = true)
	public List<Instant> suggestions(Membership m, BidId bid, int minutes) {
		JobPosts.require(m, Permission.HIRING_MANAGE);
		Bidder b = bidder(m, bid);
		return InterviewSlots.suggest(week(m.member()), m.member().timeZone(), bidderWeek(b), b.zone(),
				clock.instant().plus(12, ChronoUnit.HOURS), 14, Duration.ofMinutes(clampMinutes(minutes)), MAX_SLOTS,
				2);
	}

	/** The bidder's time zone (the caller sees the bid). */
	@Transactional(readOnly = true)
	public java.util.Optional<ZoneId> bidderZone(Membership m, BidId bid) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		return bidder(m.workspace().id(), bid).map(Bidder::zone);
	}

	/** The bid's interviews, newest first. */
	@Transactional(readOnly = true)
	public List<InterviewView> of(Membership m, BidId bid) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		bidder(m, bid);
		return store.ofBid(m.workspace().id(), bid).stream().map(this::view).toList();
	}

	/**
	 * Offers the bidder the given starts (each inside both working weeks, in the future,
	 * within 60 days) and mails them the interview's link in their language; a workspace
	 * that cannot send mail gets the link to pass on instead (as invitations do).
	 * @throws InvalidInputException for {@code /minutes}, {@code /videoLink},
	 * {@code /slots} or {@code /slots/N}, {@code /bid} (withdrawn, declined or hired)
	 */
	public ProposedInterview propose(Membership m, BidId bid, NewInterview n, String baseUrl) {
		JobPosts.require(m, Permission.HIRING_MANAGE);
		Bidder b = bidder(m, bid);
		if (!b.stage().open()) {
			throw new InvalidInputException("/bid", Text.of("hiring.interview.error.closedBid"));
		}
		int minutes = n.minutes() == null ? 30 : n.minutes();
		if (minutes < 15 || minutes > 240) {
			throw new InvalidInputException("/minutes", Text.of("hiring.interview.error.minutes"));
		}
		String link = videoLink(n.videoLink());
		List<Instant> slots = slots(m, b, n.slots(), Duration.ofMinutes(minutes));
		Instant now = clock.instant();
		store.cancelOpen(b.id())
			.flatMap(previous -> store.find(b.workspace(), previous))
			.filter(previous -> previous.booked() != null)
			.ifPresent(previous -> sendInvitations(previous, b, previous.booked(), now, true));
		InterviewId id = InterviewId.random();
		String key = SecretToken.random("iv_");
		store.insert(id, b, m.member().id(), minutes, link, SecretToken.digest(key), slots, now);
		if (b.stage() != BidStage.INTERVIEW) {
			pipeline.move(m, b.id(), BidStage.INTERVIEW, null);
		}
		String url = baseUrl.replaceAll("/+$", "") + "/bids/" + b.id() + "/interviews/" + id + "?key=" + key + "&lang="
				+ b.language();
		Locale locale = Locale.forLanguageTag(b.language());
		boolean mailed = inbox.systemSender(b.workspace()).isPresent();
		if (mailed) {
			inbox.sendSystemMail(b.workspace(), null, b.email(),
					texts.get("hiring.interview.mail.subject", locale, b.postTitle(), m.workspace().name()),
					texts.proposal(locale, b.name(), b.postTitle(), m.workspace().name(), m.member().displayName(),
							minutes, slots, b.zone(), url),
					List.of());
		}
		InterviewView view = view(store.find(b.workspace(), id).orElseThrow());
		events.publishEvent(AuditableChange.created(b.workspace(), "interview", id, view,
				"Hiring interviewProposed: " + b.name() + " | " + slots.size()));
		return new ProposedInterview(view, mailed, mailed ? null : url);
	}

	/**
	 * What the bidder sees behind the interview's link.
	 * @throws NotFoundException for a link that is not one Deskhand sent (any part wrong)
	 */
	@Transactional(readOnly = true)
	public InterviewChoice choice(BidId bid, InterviewId id, String key) {
		InterviewStore.Row row = byLink(bid, id, key);
		Bidder b = bidder(row.workspace(), bid).orElseThrow(Interviews::gone);
		return choice(row, b);
	}

	/**
	 * The bidder picks one of the offered starts: both sides get the invitation. A link
	 * books once: after that (or after the proposal was replaced or the bid closed) it
	 * only shows what was booked.
	 * @throws NotFoundException for a forged link
	 * @throws InvalidInputException for {@code /slot} (not one offered, or already
	 * booked)
	 */
	public InterviewChoice book(BidId bid, InterviewId id, String key, UUID slot) {
		InterviewStore.Row row = byLink(bid, id, key);
		Bidder b = bidder(row.workspace(), bid).orElseThrow(Interviews::gone);
		if (row.status() != InterviewView.Status.PROPOSED || !b.stage().open()) {
			throw new InvalidInputException("/slot", Text.of("hiring.interview.error.alreadyBooked"));
		}
		var chosen = row.slots().stream().filter(s -> s.id().equals(slot)).findFirst();
		if (chosen.isEmpty()) {
			throw new InvalidInputException("/slot", Text.of("hiring.interview.error.notOffered"));
		}
		Instant now = clock.instant();
		if (!chosen.get().startsAt().isAfter(now)) {
			throw new InvalidInputException("/slot", Text.of("hiring.interview.error.past"));
		}
		if (!store.book(id, slot, now)) {
			throw new InvalidInputException("/slot", Text.of("hiring.interview.error.alreadyBooked"));
		}
		sendInvitations(row, b, chosen.get().startsAt(), now, false);
		InterviewStore.Row booked = store.find(row.workspace(), id).orElseThrow();
		events.publishEvent(AuditableChange.updated(row.workspace(), "interview", id, view(row), view(booked),
				"Hiring interviewBooked: " + b.name() + " | " + chosen.get().startsAt()));
		events.publishEvent(new InterviewBooked(row.workspace(), bid, id, chosen.get().startsAt()));
		return choice(booked, b);
	}

	/** One side's copy of an invitation or cancellation. */
	private record Copy(String to, String subject, String body, byte[] ics) {
	}

	/**
	 * Sends both sides the invitation to a booked interview, or its cancellation (when a
	 * new proposal replaces it), each in their own zone and language; a workspace that
	 * cannot send mail sends nothing (both download the file from their page).
	 */
	private void sendInvitations(InterviewStore.Row row, Bidder b, Instant start, Instant now, boolean cancel) {
		if (inbox.systemSender(row.workspace()).isEmpty()) {
			return;
		}
		for (Copy c : copies(row, b, start, now, cancel, null)) {
			var doc = documents.storeForModule(row.workspace(), "hiring", "interview.ics",
					new ByteArrayInputStream(c.ics()));
			inbox.sendSystemMail(row.workspace(), null, c.to(), c.subject(), c.body(), List.of(doc.id()));
		}
	}

	/**
	 * The bidder's copy first, then the interviewer's (when they have an address), or
	 * only a copy for {@code reader} (a member downloading it, in their zone and
	 * language).
	 */
	private List<Copy> copies(InterviewStore.Row row, Bidder b, Instant start, Instant now, boolean cancel,
			@Nullable Membership reader) {
		String prefix = cancel ? "hiring.interview.cancel." : "hiring.interview.invite.";
		WorkspaceView ws = workspaces.findWorkspace(row.workspace()).orElseThrow();
		MemberView interviewer = workspaces.findMember(row.interviewer()).orElseThrow();
		String organizer = inbox.systemSender(row.workspace())
			.orElse(interviewer.email() == null ? b.email() : interviewer.email());
		var org = new InterviewCalendar.Party(ws.name(), organizer);
		var bidder = new InterviewCalendar.Party(b.name(), b.email());
		var chair = interviewerParty(interviewer, organizer);
		String uid = row.id() + "@deskhand";
		List<Copy> out = new ArrayList<>();
		if (reader == null) {
			Locale bl = Locale.forLanguageTag(b.language());
			out.add(new Copy(b.email(),
					texts.get(prefix + "subject", bl, b.postTitle(), ws.name(), texts.time(start, b.zone(), bl)),
					texts.invitation(prefix + "body", bl, b.name(), b.postTitle(), ws.name(), interviewer.displayName(),
							start, row.minutes(), b.zone(), row.videoLink()),
					calendar(cancel, uid, start, row.minutes(), b.zone(),
							texts.get("hiring.interview.invite.summary", bl, b.postTitle(), ws.name()),
							texts.get("hiring.interview.invite.description", bl, row.videoLink()), row.videoLink(), org,
							chair, bidder, now)));
		}
		MemberView member = reader == null ? interviewer : reader.member();
		if (reader != null || member.email() != null) {
			PersonView person = member.person() == null ? null : workspaces.findPerson(member.person()).orElse(null);
			Locale il = Locale.forLanguageTag(person == null ? ws.defaultLanguage() : person.language());
			ZoneId iz = member.timeZone();
			out.add(new Copy(String.valueOf(member.email()),
					texts.get(prefix + "subject", il, b.name(), b.postTitle(), texts.time(start, iz, il)),
					texts.invitation(prefix + "body", il, member.displayName(), b.postTitle(), ws.name(), b.name(),
							start, row.minutes(), iz, row.videoLink()),
					calendar(cancel, uid, start, row.minutes(), iz,
							texts.get("hiring.interview.invite.summaryInterviewer", il, b.name(), b.postTitle()),
							texts.get("hiring.interview.invite.description", il, row.videoLink()), row.videoLink(), org,
							chair, bidder, now)));
		}
		return out;
	}

	/**
	 * The booked interview's calendar file for the bidder (their zone and language), by
	 * the interview's link.
	 * @throws NotFoundException for a forged link or an interview not booked
	 */
	@Transactional(readOnly = true)
	public byte[] bidderCalendar(BidId bid, InterviewId id, String key) {
		InterviewStore.Row row = byLink(bid, id, key);
		Bidder b = bidder(row.workspace(), bid).orElseThrow(Interviews::gone);
		if (row.status() != InterviewView.Status.BOOKED || row.booked() == null) {
			throw gone();
		}
		return copies(row, b, row.booked(), row.bookedAt(), false, null).getFirst().ics();
	}

	/**
	 * The booked interview's calendar file for the calling member, in their zone and
	 * language.
	 * @throws NotFoundException when the workspace has no such booked interview
	 */
	@Transactional(readOnly = true)
	public byte[] memberCalendar(Membership m, InterviewId id) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		InterviewStore.Row row = store.find(m.workspace().id(), id)
			.filter(r -> r.status() == InterviewView.Status.BOOKED && r.booked() != null)
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.interview.error.notBooked")));
		Bidder b = bidder(m, row.bid());
		return copies(row, b, row.booked(), row.bookedAt(), false, m).getFirst().ics();
	}

	private static byte[] calendar(boolean cancel, String uid, Instant start, int minutes, ZoneId zone, String summary,
			String description, String videoLink, InterviewCalendar.Party organizer,
			InterviewCalendar.Party interviewer, InterviewCalendar.Party bidder, Instant stamp) {
		return cancel
				? InterviewCalendar.cancellation(uid, start, minutes, zone, summary, description, videoLink, organizer,
						interviewer, bidder, stamp)
				: InterviewCalendar.invitation(uid, start, minutes, zone, summary, description, videoLink, organizer,
						interviewer, bidder, stamp);
	}

	private static InterviewCalendar.Party interviewerParty(MemberView interviewer, String fallback) {
		return new InterviewCalendar.Party(interviewer.displayName(),
				interviewer.email() == null ? fallback : interviewer.email());
	}

	private InterviewChoice choice(InterviewStore.Row row, Bidder b) {
		WorkspaceView ws = workspaces.findWorkspace(row.workspace()).orElseThrow();
		String interviewer = workspaces.findMember(row.interviewer()).map(MemberView::displayName).orElse("");
		boolean booked = row.status() == InterviewView.Status.BOOKED;
		return new InterviewChoice(row.id(), row.bid(), b.name(), b.postTitle(), ws.name(), interviewer, row.minutes(),
				b.zone(), b.language(), row.status(), row.slots(), row.booked(), booked ? row.videoLink() : null);
	}

	private InterviewStore.Row byLink(BidId bid, InterviewId id, String key) {
		if (key == null || key.isBlank() || key.length() > 100) {
			throw gone();
		}
		return store.byLink(bid, id, SecretToken.digest(key)).orElseThrow(Interviews::gone);
	}

	private static NotFoundException gone() {
		return new NotFoundException(Text.of("hiring.interview.error.link"));
	}

	private List<Instant> slots(Membership m, Bidder b, List<Instant> asked, Duration length) {
		if (asked == null || asked.isEmpty()) {
			throw new InvalidInputException("/slots", Text.of("hiring.interview.error.noSlots"));
		}
		if (asked.size() > MAX_SLOTS) {
			throw new InvalidInputException("/slots", Text.of("hiring.interview.error.tooMany", MAX_SLOTS));
		}
		Instant now = clock.instant();
		List<WorkingPeriod> mine = week(m.member());
		List<WorkingPeriod> theirs = bidderWeek(b);
		var seen = new HashSet<Instant>();
		List<Instant> out = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			Instant s = asked.get(i).truncatedTo(ChronoUnit.MINUTES);
			String field = "/slots/" + i;
			if (!s.isAfter(now) || s.isAfter(now.plus(HORIZON_DAYS, ChronoUnit.DAYS))) {
				throw new InvalidInputException(field, Text.of("hiring.interview.error.when", HORIZON_DAYS));
			}
			if (!InterviewSlots.inside(mine, m.member().timeZone(), s, length)) {
				throw new InvalidInputException(field, Text.of("hiring.interview.error.outsideMine", s));
			}
			if (!InterviewSlots.inside(theirs, b.zone(), s, length)) {
				throw new InvalidInputException(field, Text.of("hiring.interview.error.outsideTheirs", s, b.name()));
			}
			if (seen.add(s)) {
				out.add(s);
			}
		}
		out.sort(null);
		return out;
	}

	private static String videoLink(String link) {
		if (link == null || link.isBlank()) {
			throw new InvalidInputException("/videoLink", Text.of("hiring.interview.error.videoLink"));
		}
		String l = link.strip();
		try {
			URI uri = new URI(l);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || l.length() > 500) {
				throw new InvalidInputException("/videoLink", Text.of("hiring.interview.error.videoLink"));
			}
		}
		catch (java.net.URISyntaxException e) {
			throw new InvalidInputException("/videoLink", Text.of("hiring.interview.error.videoLink"));
		}
		return l;
	}

	private static int clampMinutes(int minutes) {
		return Math.max(15, Math.min(240, minutes));
	}

	private static List<WorkingPeriod> week(MemberView member) {
		return member.workingHours().isEmpty() ? OFFICE_HOURS : member.workingHours();
	}

	private static List<WorkingPeriod> bidderWeek(Bidder b) {
		try {
			return WorkingPeriod.parseWeek(b.availability());
		}
		catch (InvalidInputException e) {
			return List.of();
		}
	}

	/** The bid as an interview needs it, with its post's title. */
	private java.util.Optional<Bidder> bidder(WorkspaceId workspace, BidId bid) {
		return bids.find(workspace, bid)
			.flatMap(b -> posts.find(b.post())
				.map(p -> new Bidder(b.id(), b.workspace(), b.name(), b.email(), b.timeZone(), b.availability(),
						b.language(), b.stage(), p.title())));
	}

	private Bidder bidder(Membership m, BidId bid) {
		return bidder(m.workspace().id(), bid).orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
	}

	private InterviewView view(InterviewStore.Row r) {
		String name = workspaces.findMember(r.interviewer()).map(MemberView::displayName).orElse("");
		return new InterviewView(r.id(), r.bid(), r.interviewer(), name, r.minutes(), r.videoLink(), r.status(),
				r.slots(), r.booked(), r.bookedAt(), r.createdAt());
	}

}
