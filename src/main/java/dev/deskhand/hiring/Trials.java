package dev.deskhand.hiring;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.hiring.onboarding.HireStore;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.hiring.onboarding.TrialNotices;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.Text;
import dev.deskhand.work.ResolvedWork;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trial of a hired assistant ({@code HIRING_MANAGE}): the post's targets against what
 * the assistant really did, and the decision at its end — extend (a new last day: the
 * grant and the contract move with it), end (the grant is revoked at once, so the
 * assistant's next request is refused, the contract ends) or convert (kept on: grant and
 * contract without the trial's end, or until a new last day). The grant ends by itself at
 * the end of the trial's last day (its valid-until); a daily sweep only reminds the
 * hiring manager a few days before. Every decision is audited, and so is reading the
 * trial's results.
 */
@Service
@Transactional
public class Trials {

	/** Days before a trial's last day the hiring manager is reminded. */
	public static final int NOTICE_DAYS = 3;

	private final HireStore store;

	private final Posts posts;

	private final AccessManagement access;

	private final ContractManagement contracts;

	private final WorkspaceManagement workspaces;

	private final ResolvedWork work;

	private final TrialNotices notices;

	private final ApplicationEventPublisher events;

	private final SensitiveReadLog reads;

	private final Clock clock;

	Trials(HireStore store, Posts posts, AccessManagement access, ContractManagement contracts,
			WorkspaceManagement workspaces, ResolvedWork work, TrialNotices notices, ApplicationEventPublisher events,
			SensitiveReadLog reads, Clock clock) {
		this.reads = reads;
		this.store = store;
		this.posts = posts;
		this.access = access;
		this.contracts = contracts;
		this.workspaces = workspaces;
		this.work = work;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the hire is not the workspace's
	 */
	@Transactional(readOnly = true)
	public TrialView trial(Membership m, HireId id) {
		Hires.require(m);
		HireView h = store.visible(m.workspace().id(), id);
		reads.record(new SensitiveRead(m.workspace().id(), "trial", id.toString(), "read trial results"));
		var post = posts.find(h.post()).orElseThrow();
		LocalDate today = today(m.workspace());
		long left = h.trialEndsOn() == null ? 0 : ChronoUnit.DAYS.between(today, h.trialEndsOn());
		if (h.member() == null || h.joinedAt() == null) {
			return new TrialView(h, post.targetFirstResponseMinutes(), post.targetItemsPerWeek(), post.trialTargets(),
					left, 0, null, null, 0, 0, null, List.of());
		}
		Instant from = h.joinedAt();
		Instant to = h.decidedAt() != null ? h.decidedAt() : clock.instant();
		List<Duration> responses = work.firstResponses(h.workspace(), h.member(), from, to);
		var resolvedItems = work.resolvedBy(h.workspace(), h.member(), from, to);
		int resolved = resolvedItems.size();
		double weeks = Math.max(1, Duration.between(from, to).toMinutes() / (7.0 * 24 * 60));
		return new TrialView(h, post.targetFirstResponseMinutes(), post.targetItemsPerWeek(), post.trialTargets(), left,
				responses.size(), percentile(responses, 50), percentile(responses, 90), resolved,
				Math.round(resolved / weeks * 10) / 10.0, LocalDate.ofInstant(from, m.workspace().timeZone()),
				resolvedItems.stream().limit(TrialView.FIRST_RESOLVED).toList());
	}

	/**
	 * A new last day for the trial: the grant (until the end of that day) and the
	 * contract's end move with it.
	 * @throws InvalidInputException for {@code /trialEndsOn} (missing, not after the
	 * current end, or more than a year away), {@code /hire} (not in its trial, or not
	 * joined yet)
	 */
	public HireView extend(Membership m, HireId id, @Nullable LocalDate trialEndsOn) {
		Hires.require(m);
		HireView h = deciding(m, id);
		if (trialEndsOn == null || h.trialEndsOn() == null || !trialEndsOn.isAfter(h.trialEndsOn())
				|| trialEndsOn.isAfter(today(m.workspace()).plusYears(1))) {
			throw new InvalidInputException("/trialEndsOn", Text.of("hiring.trial.error.date"));
		}
		moveEnd(m, h, trialEndsOn);
		store.extend(h.id(), trialEndsOn);
		return audited(m, h,
				"Trial of " + h.name() + " extended to " + trialEndsOn + " by " + m.member().displayName());
	}

	/**
	 * Ends the engagement now: the assistant's grant is revoked (their next request is
	 * refused), the contract ended, an invitation not yet accepted withdrawn.
	 * @throws InvalidInputException for {@code /hire} when it has ended already
	 */
	public HireView end(Membership m, HireId id, @Nullable String reason) {
		Hires.require(m);
		HireView h = store.visible(m.workspace().id(), id);
		if (h.status() == HireStatus.ENDED) {
			throw new InvalidInputException("/hire", Text.of("hiring.trial.error.ended"));
		}
		String why = reason == null ? "" : reason.strip();
		if (why.length() > 500) {
			throw new InvalidInputException("/reason", Text.of("hiring.trial.error.reason"));
		}
		contract(h).filter(ContractView::live).ifPresent(c -> contracts.endFor(c.id(), why));
		if (h.member() != null) {
			access.liveGrant(h.member()).ifPresent(g -> access.revoke(m, g.id()));
		}
		else {
			store.invitation(h.id()).ifPresent(inv -> workspaces.revokeInvitation(h.workspace(), inv));
		}
		store.decide(h.id(), HireStatus.ENDED, h.trialEndsOn(), m.member().id().value(), clock.instant());
		return audited(m, h, "Engagement of " + h.name() + " ended by " + m.member().displayName()
				+ (why.isEmpty() ? "" : ": " + why));
	}

	/**
	 * Keeps the assistant on after the trial: grant and contract without an end, or until
	 * {@code endsOn}.
	 * @throws InvalidInputException for {@code /endsOn} (before today or the trial's
	 * end), {@code /hire} (not in its trial, or not joined yet)
	 */
	public HireView convert(Membership m, HireId id, @Nullable LocalDate endsOn) {
		Hires.require(m);
		HireView h = deciding(m, id);
		if (endsOn != null && (endsOn.isBefore(today(m.workspace()))
				|| (h.trialEndsOn() != null && endsOn.isBefore(h.trialEndsOn())))) {
			throw new InvalidInputException("/endsOn", Text.of("hiring.trial.error.convertDate"));
		}
		moveEnd(m, h, endsOn);
		store.decide(h.id(), HireStatus.CONVERTED, endsOn, m.member().id().value(), clock.instant());
		return audited(m, h, "Trial of " + h.name() + " converted"
				+ (endsOn == null ? " without end" : " until " + endsOn) + " by " + m.member().displayName());
	}

	/**
	 * Reminds the hiring manager (a work item) of each trial ending within
	 * {@link #NOTICE_DAYS} days, once per trial end (safe on several instances at once).
	 * @return how many reminders were created
	 */
	public int noticeEndingTrials() {
		return notices.notice(NOTICE_DAYS);
	}

	private HireView deciding(Membership m, HireId id) {
		HireView h = store.visible(m.workspace().id(), id);
		if (h.status() != HireStatus.TRIAL) {
			throw new InvalidInputException("/hire", Text.of("hiring.trial.error.notInTrial"));
		}
		if (h.member() == null) {
			throw new InvalidInputException("/hire", Text.of("hiring.trial.error.notJoined"));
		}
		return h;
	}

	/**
	 * The contract's end and the grant's valid-until follow {@code last} (null: none).
	 */
	private void moveEnd(Membership m, HireView h, @Nullable LocalDate last) {
		contract(h).filter(ContractView::live)
			.filter(c -> !Objects.equals(c.endsOn(), last))
			.ifPresent(c -> contracts.changeEndFor(c.id(), last));
		Instant until = last == null ? null : last.plusDays(1).atStartOfDay(m.workspace().timeZone()).toInstant();
		Optional<GrantView> grant = access.liveGrant(Objects.requireNonNull(h.member()));
		grant.filter(g -> !Objects.equals(g.validUntil(), until))
			.ifPresent(g -> access.change(m, g.id(), null, null, until, until == null, null));
	}

	private Optional<ContractView> contract(HireView h) {
		return h.contract() == null ? Optional.empty() : contracts.findContract(h.contract());
	}

	private HireView audited(Membership m, HireView before, String summary) {
		HireView after = store.find(before.id()).orElseThrow();
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "hire", before.id(), before, after, summary));
		return after;
	}

	private LocalDate today(WorkspaceView ws) {
		return LocalDate.ofInstant(clock.instant(), ws.timeZone());
	}

	private static @Nullable Long percentile(List<Duration> values, int p) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().map(Duration::toMinutes).sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
