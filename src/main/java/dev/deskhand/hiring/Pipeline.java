package dev.deskhand.hiring;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.hiring.bids.BidStore;
import dev.deskhand.hiring.bids.BidWork;
import dev.deskhand.hiring.bids.HiringMail;
import dev.deskhand.hiring.pipeline.Overlap;
import dev.deskhand.hiring.pipeline.ScoreStore;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InTransaction;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.SavedReplyView;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A post's pipeline: managers ({@link Permission#HIRING_MANAGE}) move bids new →
 * shortlisted → interview → offer, decline them (with a reason and a polite e-mail in the
 * bidder's language: the workspace's saved reply in that language whose name says decline
 * — "decline", "afslag", "absage" … — else the built-in text) and mark them hired
 * ({@link #markHired}, for the {@code Hires} facade). Every change is recorded in
 * {@code hiring.bid_stage_change} with its actor and reason, audited, and published as
 * {@link BidStageChanged}. Reviewers ({@link Permission#HIRING_REVIEW}) compare bids and
 * score them; a reviewer sees the others' scores of a bid only after scoring it.
 */
@Service
@Transactional
public class Pipeline {

	/** The stages a manager moves a bid between. */
	public static final Set<BidStage> MOVABLE = EnumSet.of(BidStage.NEW, BidStage.SHORTLISTED, BidStage.INTERVIEW,
			BidStage.OFFER);

	private static final List<String> DECLINE_NAMES = List.of("decline", "reject", "afslag", "afvis", "absage",
			"ablehn");

	private final BidStore bids;

	private final ScoreStore scores;

	private final Posts posts;

	private final DocumentStore documents;

	private final WorkSetup work;

	private final WorkspaceManagement workspaces;

	private final HiringMail mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Pipeline(BidStore bids, ScoreStore scores, Posts posts, DocumentStore documents, WorkSetup work,
			WorkspaceManagement workspaces, HiringMail mail, MessageSource messages, ApplicationEventPublisher events,
			Clock clock) {
		this.bids = bids;
		this.scores = scores;
		this.posts = posts;
		this.documents = documents;
		this.work = work;
		this.workspaces = workspaces;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves an open bid to another of {@link #MOVABLE}; moving it where it is changes
	 * nothing.
	 * @throws InvalidInputException for {@code /stage} (not movable, or the bid is no
	 * longer open) or {@code /reason} (too long)
	 */
	public BidView move(Membership m, BidId id, @Nullable BidStage to, @Nullable String reason) {
		JobPosts.require(m, Permission.HIRING_MANAGE);
		if (to == null || !MOVABLE.contains(to)) {
			throw invalid("/stage", "stage");
		}
		return change(m, id, to, reason(reason));
	}

	/**
	 * Declines an open bid with a reason (kept, shown to managers only) and e-mails the
	 * bidder a polite decline in their language.
	 * @throws InvalidInputException for {@code /stage} (no longer open) or
	 * {@code /reason} (missing or too long)
	 */
	public BidView decline(Membership m, BidId id, @Nullable String reason) {
		JobPosts.require(m, Permission.HIRING_MANAGE);
		String why = reason(reason);
		if (why == null) {
			throw invalid("/reason", "reason");
		}
		BidView before = bids.find(m.workspace().id(), id)
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
		if (before.stage() == BidStage.DECLINED) {
			return before;
		}
		BidView after = change(m, id, BidStage.DECLINED, why);
		JobPostView post = posts.get(m, after.post());
		String[] text = declineText(m, after, post);
		InTransaction.afterCommit(() -> mail.send(after.workspace(), after.email(), text[0], text[1]));
		return after;
	}

	/**
	 * Marks a bid hired: the hook of the {@code Hires} facade, called in its transaction
	 * when it hires the bidder (HIRING_MANAGE). Idempotent.
	 * @throws InvalidInputException for {@code /stage} when the bid is declined or
	 * withdrawn
	 */
	public BidView markHired(Membership m, BidId id) {
		JobPosts.require(m, Permission.HIRING_MANAGE);
		return change(m, id, BidStage.HIRED, null);
	}

	/** The bid's stage changes, oldest first. */
	@Transactional(readOnly = true)
	public List<BidStageChange> history(Membership m, BidId id) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		bids.find(m.workspace().id(), id).orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
		Map<UUID, String> names = workspaces.members(m.workspace().id())
			.stream()
			.collect(Collectors.toMap(x -> x.id().value(), MemberView::displayName, (a, b) -> a));
		return bids.changes(id)
			.stream()
			.map(c -> new BidStageChange(c.from(), c.to(), c.reason(),
					c.actor() == null ? null : names.getOrDefault(c.actor(), "?"), c.at()))
			.toList();
	}

	/**
	 * The post's bids side by side (withdrawn ones left out): rate against the maximum,
	 * overlap hours a week with the post's window, languages, samples, the caller's view
	 * of the scores. The bids' read is audited by {@link Bids#bids}.
	 */
	@Transactional(readOnly = true)
	public List<BidComparison> compare(Membership m, List<BidView> postBids) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		if (postBids.isEmpty()) {
			return List.of();
		}
		JobPostView post = posts.get(m, postBids.get(0).post());
		LocalDate reference = LocalDate.now(clock.withZone(m.workspace().timeZone()));
		List<BidComparison> out = new ArrayList<>();
		for (BidView b : postBids) {
			if (b.stage() == BidStage.WITHDRAWN || !b.post().equals(post.id())) {
				continue;
			}
			Double overlap = post.overlapStart() == null ? null
					: Overlap.hoursPerWeek(WorkingPeriod.parseWeek(b.availability()), b.timeZone(), post.overlapStart(),
							post.overlapEnd(), m.workspace().timeZone(), reference);
			List<String> matched = post.languages().stream().filter(b.languages()::contains).toList();
			List<String> missing = post.languages().stream().filter(l -> !b.languages().contains(l)).toList();
			List<DocumentView> samples = b.samples()
				.stream()
				.map(d -> documents.findForSystem(m.workspace().id(), d))
				.flatMap(Optional::stream)
				.toList();
			out.add(new BidComparison(b, overlap, matched, missing, samples, card(m, b, post)));
		}
		return out;
	}

	/** The caller's view of a bid's scores: the others' only once they scored it. */
	@Transactional(readOnly = true)
	public Scorecard scorecard(Membership m, BidId id) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		BidView b = bids.find(m.workspace().id(), id)
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
		return card(m, b, posts.get(m, b.post()));
	}

	/**
	 * The caller scores every criterion of the post 1 to 5 with a note each (scoring
	 * again replaces their scores).
	 * @throws InvalidInputException for {@code /scores/N} (missing or not 1-5) or
	 * {@code /notes/N} (too long)
	 */
	public Scorecard score(Membership m, BidId id, List<@Nullable Integer> values, List<@Nullable String> notes) {
		JobPosts.require(m, Permission.HIRING_REVIEW);
		BidView b = bids.find(m.workspace().id(), id)
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
		JobPostView post = posts.get(m, b.post());
		List<String> criteria = post.criteria();
		for (int i = 0; i < criteria.size(); i++) {
			Integer v = i < values.size() ? values.get(i) : null;
			if (v == null || v < 1 || v > 5) {
				throw new InvalidInputException("/scores/" + i, Text.of("hiring.score.error.value", criteria.get(i)));
			}
			String note = i < notes.size() && notes.get(i) != null ? notes.get(i).strip() : "";
			if (note.length() > 2000) {
				throw new InvalidInputException("/notes/" + i, Text.of("hiring.post.error.length", 2000));
			}
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		for (int i = 0; i < criteria.size(); i++) {
			String note = i < notes.size() && notes.get(i) != null ? notes.get(i).strip() : "";
			scores.save(id, m.member().id(), i, criteria.get(i), values.get(i), note, now);
		}
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "bid", id, Map.of(),
				Map.of("scores", values.subList(0, criteria.size())),
				"Bid by " + b.name() + " scored by " + m.member().displayName()));
		return card(m, b, post);
	}

	private Scorecard card(Membership m, BidView b, JobPostView post) {
		List<String> criteria = post.criteria();
		// a score counts for the criterion it was given for: rewording a criterion starts
		// it afresh
		List<ScoreStore.Row> rows = scores.of(b.id())
			.stream()
			.filter(r -> r.criterion() < criteria.size() && criteria.get(r.criterion()).equals(r.criterionText()))
			.toList();
		UUID me = m.member().id().value();
		List<Scorecard.Mine> mine = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			int c = i;
			Optional<ScoreStore.Row> r = rows.stream()
				.filter(x -> x.reviewer().equals(me) && x.criterion() == c)
				.findFirst();
			mine.add(new Scorecard.Mine(criteria.get(i), r.map(ScoreStore.Row::score).orElse(null),
					r.map(ScoreStore.Row::note).orElse("")));
		}
		boolean scored = !criteria.isEmpty() && mine.stream().allMatch(x -> x.score() != null);
		if (!scored) {
			return new Scorecard(b.id(), false, mine, List.of(), 0);
		}
		List<Scorecard.Criterion> summary = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			int c = i;
			List<ScoreStore.Row> of = rows.stream().filter(x -> x.criterion() == c).toList();
			var stats = of.stream().mapToInt(ScoreStore.Row::score).summaryStatistics();
			summary.add(new Scorecard.Criterion(criteria.get(i), stats.getAverage(), stats.getMin(), stats.getMax(),
					(int) stats.getCount(), of.stream().map(ScoreStore.Row::note).filter(n -> !n.isBlank()).toList()));
		}
		int reviewers = (int) rows.stream().map(ScoreStore.Row::reviewer).distinct().count();
		return new Scorecard(b.id(), true, mine, summary, reviewers);
	}

	private BidView change(Membership m, BidId id, BidStage to, @Nullable String reason) {
		BidView before = bids.lock(id)
			.filter(b -> b.workspace().equals(m.workspace().id()))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.bid.notFound")));
		if (before.stage() == to) {
			return before;
		}
		if (!before.stage().open()) {
			throw invalid("/stage", "notOpen");
		}
		bids.stage(id, before.stage(), to, reason, m.member().id(),
				clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		BidView after = bids.find(id).orElseThrow();
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "bid", id, BidWork.audited(before),
				BidWork.audited(after), "Bid by " + before.name() + " " + before.stage() + " -> " + to));
		events.publishEvent(
				new BidStageChanged(m.workspace().id(), before.post(), id, before.stage(), to, m.member().id()));
		return after;
	}

	/** Subject and body of the decline mail in the bidder's language. */
	private String[] declineText(Membership m, BidView b, JobPostView post) {
		Locale l = Locale.forLanguageTag(b.language());
		String subject = messages.getMessage("hiring.mail.decline.subject", new Object[] { post.title() }, l);
		Optional<SavedReplyView> saved = m.can(Permission.WORK_VIEW) ? work.savedReplies(m)
			.stream()
			.filter(r -> r.language().equalsIgnoreCase(b.language()))
			.filter(r -> DECLINE_NAMES.stream().anyMatch(n -> r.name().toLowerCase(Locale.ROOT).contains(n)))
			.findFirst() : Optional.empty();
		String body = saved
			.map(r -> r.body()
				.replace("{{customer.name}}", b.name())
				.replace("{{agent.name}}", m.member().displayName())
				.replace("{{item.title}}", post.title())
				.replace("{{item.reference}}", "")
				.replace("{{customer.email}}", b.email()))
			.orElseGet(() -> messages.getMessage("hiring.mail.decline.body",
					new Object[] { b.name(), post.title(), m.workspace().name() }, l));
		return new String[] { subject, body };
	}

	private static @Nullable String reason(@Nullable String typed) {
		String r = typed == null ? "" : typed.strip();
		if (r.length() > 1000) {
			throw new InvalidInputException("/reason", Text.of("hiring.post.error.length", 1000));
		}
		return r.isEmpty() ? null : r;
	}

	private static InvalidInputException invalid(String pointer, String reason) {
		return new InvalidInputException(pointer, Text.of("hiring.pipeline.error." + reason));
	}

}
