package dev.deskhand.hiring.onboarding;

import dev.deskhand.access.TwoFactorStatus;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.Membership;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.hiring.HireView;
import dev.deskhand.hiring.posts.Posts;
import dev.deskhand.hiring.OnboardingStepKind;
import dev.deskhand.hiring.OnboardingView;
import dev.deskhand.hiring.OnboardingView.OnboardingSop;
import dev.deskhand.hiring.OnboardingView.OnboardingStep;
import dev.deskhand.hiring.TemplateStep;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.work.ResolvedWork;
import dev.deskhand.work.SopView;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A hire's onboarding checklist: the workspace's template (or the default one) copied at
 * the start, steps that complete from the real state checked whenever either side looks
 * at it.
 */
@Component
public class Checklist {

	/**
	 * The default checklist: the NDA on day one, invoicing details and the contract's
	 * clauses in the first days, a second factor, the SOPs and the shared mailbox in the
	 * first week, five items shadowed, and a manager's review of the first items after
	 * two weeks. Its steps are named in the reader's language.
	 */
	public static final List<TemplateStep> DEFAULT = List.of(new TemplateStep(OnboardingStepKind.NDA, "", 1),
			new TemplateStep(OnboardingStepKind.INVOICING, "", 3), new TemplateStep(OnboardingStepKind.CLAUSES, "", 4),
			new TemplateStep(OnboardingStepKind.TWO_FACTOR, "", 4),
			new TemplateStep(OnboardingStepKind.READ_SOPS, "", 5), new TemplateStep(OnboardingStepKind.MAILBOX, "", 5),
			new TemplateStep(OnboardingStepKind.SHADOW, "5", 7), new TemplateStep(OnboardingStepKind.REVIEW, "", 14));

	private final HireStore store;

	private final Posts posts;

	private final AccessManagement access;

	private final ContractManagement contracts;

	private final WorkSetup work;

	private final WorkspaceManagement workspaces;

	private final TwoFactorStatus secondFactor;

	private final ResolvedWork queue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Checklist(HireStore store, Posts posts, AccessManagement access, ContractManagement contracts, WorkSetup work,
			WorkspaceManagement workspaces, TwoFactorStatus secondFactor, ResolvedWork queue,
			ApplicationEventPublisher events, Clock clock) {
		this.queue = queue;
		this.store = store;
		this.posts = posts;
		this.access = access;
		this.contracts = contracts;
		this.work = work;
		this.workspaces = workspaces;
		this.secondFactor = secondFactor;
		this.events = events;
		this.clock = clock;
	}

	/** The workspace's template, or the default one when none was saved. */
	public List<TemplateStep> template(WorkspaceView ws) {
		List<TemplateStep> saved = store.template(ws.id());
		return saved.isEmpty() ? DEFAULT : saved;
	}

	/** Copies the template into the hire's onboarding, from today (idempotent). */
	public void start(HireView h, WorkspaceView ws) {
		store.startOnboarding(h.id(), template(ws), today(ws));
	}

	/**
	 * The onboarding with its automatic steps brought up to date: each one whose
	 * condition now holds is marked done (once, audited). {@code viewer} reads the SOPs.
	 */
	public OnboardingView view(HireView h, Membership viewer) {
		WorkspaceView ws = viewer.workspace();
		List<OnboardingSop> sops = sops(h, viewer);
		Optional<ContractView> contract = h.contract() == null ? Optional.empty()
				: contracts.findContract(h.contract());
		MemberView member = h.member() == null ? null : workspaces.findMember(h.member()).orElse(null);
		Instant now = clock.instant();
		int viewed = member == null || h.joinedAt() == null ? 0
				: queue.itemsViewed(h.workspace(), member.id(), h.joinedAt());
		for (OnboardingStep s : store.steps(h.id())) {
			if (!s.done() && s.kind().automatic() && member != null && holds(s, member, ws, contract, sops, viewed)) {
				if (store.done(h.id(), s.position(), null, now)) {
					events.publishEvent(AuditableChange.updated(h.workspace(), "onboarding", h.id(),
							Map.of("step", s.position()), Map.of("step", s.position(), "done", now),
							"Onboarding step " + s.kind() + " done for " + h.name()));
				}
			}
		}
		List<OnboardingStep> steps = store.steps(h.id())
			.stream()
			.map(s -> s.kind() == OnboardingStepKind.SHADOW ? new OnboardingStep(s.position(), s.kind(), s.param(),
					s.dueOn(), s.doneAt(), s.doneBy(), Math.min(viewed, shadowCount(s.param()))) : s)
			.toList();
		return new OnboardingView(h, steps, sops, h.contract());
	}

	/** The SOPs of the post's work types, with when the assistant marked each read. */
	public List<OnboardingSop> sops(HireView h, Membership viewer) {
		var types = posts.find(h.post()).map(p -> p.workTypes()).orElse(List.of());
		Map<java.util.UUID, Instant> reads = store.sopReads(h.id());
		return work.sops(viewer)
			.stream()
			.filter(s -> types.contains(s.type()))
			.map(s -> new OnboardingSop(s.id(), s.type(), s.version(), s.markdown(), reads.get(s.id())))
			.toList();
	}

	public Optional<SopView> sop(Membership viewer, java.util.UUID id) {
		return work.sops(viewer).stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/** How many items a SHADOW step asks for (its parameter, at least one). */
	public static int shadowCount(String param) {
		try {
			return Math.max(1, Integer.parseInt(param.strip()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private boolean holds(OnboardingStep step, MemberView member, WorkspaceView ws, Optional<ContractView> contract,
			List<OnboardingSop> sops, int viewed) {
		return switch (step.kind()) {
			case NDA -> access.ndaAcceptedAt(member.id(), ws.ndaVersion()).isPresent();
			case CLAUSES -> contract.filter(c -> c.status() == ContractView.Status.ACTIVE).isPresent();
			case INVOICING -> member.person() != null && !contracts.issuerProfiles(member.person()).isEmpty();
			case TWO_FACTOR -> member.person() != null && secondFactor.enabled(member.person());
			case READ_SOPS -> sops.stream().allMatch(s -> s.readAt() != null);
			case MAILBOX -> viewed > 0;
			case SHADOW -> viewed >= shadowCount(step.param());
			default -> false;
		};
	}

	LocalDate today(WorkspaceView ws) {
		return LocalDate.now(clock.withZone(ws.timeZone()));
	}

}
