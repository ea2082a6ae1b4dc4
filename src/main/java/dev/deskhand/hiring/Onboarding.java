package dev.deskhand.hiring;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.hiring.onboarding.Checklist;
import dev.deskhand.hiring.onboarding.ContractHandOver;
import dev.deskhand.hiring.onboarding.HireStore;
import dev.deskhand.hiring.onboarding.OverdueSteps;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.SopView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onboarding checklist: the workspace's template (managers edit it), each hired
 * assistant's progress as both sides see it (steps that follow the real state complete
 * whenever it is looked at), ticks, SOPs marked read, and the sweep that turns overdue
 * steps into work items for the hiring manager. Looking at an onboarding also hands the
 * contract over to billing as soon as the assistant has an issuer profile
 * ({@link ContractHandOver}).
 */
@Service
@Transactional
public class Onboarding {

	/** At most this many steps in a checklist. */
	public static final int MAX_STEPS = 30;

	private final HireStore store;

	private final Checklist checklist;

	private final ContractHandOver handOver;

	private final OverdueSteps overdue;

	private final WorkspaceManagement workspaces;

	private final ApplicationEventPublisher events;

	private final AccessPolicy policy;

	private final Clock clock;

	Onboarding(HireStore store, Checklist checklist, ContractHandOver handOver, OverdueSteps overdue,
			WorkspaceManagement workspaces, ApplicationEventPublisher events, AccessPolicy policy, Clock clock) {
		this.policy = policy;
		this.store = store;
		this.checklist = checklist;
		this.handOver = handOver;
		this.overdue = overdue;
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
	}

	/** The workspace's checklist, or the default one when none was saved. */
	@Transactional(readOnly = true)
	public List<TemplateStep> template(Membership m) {
		Hires.require(m);
		return checklist.template(m.workspace());
	}

	/**
	 * Replaces the checklist (hires already onboarding keep theirs).
	 * @throws InvalidInputException for {@code /steps} (none or too many),
	 * {@code /steps/N/kind}, {@code /steps/N/param}, {@code /steps/N/daysDue}
	 */
	public List<TemplateStep> saveTemplate(Membership m, List<TemplateStep> steps) {
		Hires.require(m);
		if (steps.isEmpty() || steps.size() > MAX_STEPS) {
			throw new InvalidInputException("/steps", Text.of("hiring.onboarding.error.steps", MAX_STEPS));
		}
		List<TemplateStep> checked = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			checked.add(checked("/steps/" + i, steps.get(i)));
		}
		List<TemplateStep> before = checklist.template(m.workspace());
		store.replaceTemplate(m.workspace().id(), checked);
		events.publishEvent(AuditableChange.updated(m.workspace().id(), "onboarding-template", m.workspace().id(),
				Map.of("steps", before), Map.of("steps", checked),
				"Onboarding checklist changed by " + m.member().displayName()));
		return checked;
	}

	/**
	 * A hire's onboarding as the managers see it.
	 * @throws NotFoundException when it is not the workspace's
	 */
	public OnboardingView progress(Membership m, HireId id) {
		Hires.require(m);
		return view(store.visible(m.workspace().id(), id), m);
	}

	/** Every hire of the workspace with its onboarding, newest first. */
	public List<OnboardingView> all(Membership m) {
		Hires.require(m);
		return store.ofWorkspace(m.workspace().id()).stream().map(h -> view(h, m)).toList();
	}

	/** The caller's own onboarding, when they were hired into the workspace. */
	public Optional<OnboardingView> mine(Membership m) {
		return store.ofMember(m.member().id()).map(h -> view(h, m));
	}

	/**
	 * The signed-in person's onboardings that still have open steps, in any workspace
	 * (the header's link); none for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<MyOnboarding> openOfCaller() {
		var person = policy.caller().map(c -> c.person()).orElse(null);
		if (person == null) {
			return List.of();
		}
		List<UUID> members = workspaces.membershipsOf(person).stream().map(x -> x.id().value()).toList();
		List<MyOnboarding> open = new ArrayList<>();
		for (HireStore.Progress p : store.openProgress(members)) {
			workspaces.findWorkspace(p.workspace())
				.ifPresent(ws -> open.add(new MyOnboarding(ws.slug(), ws.name(), p.done(), p.total())));
		}
		return open;
	}

	/**
	 * Ticks a step: the assistant their CUSTOM steps, a manager a REVIEW step. Ticking a
	 * done step changes nothing.
	 * @throws InvalidInputException for {@code /position} (no such step, or one that
	 * completes by itself)
	 * @throws AccessDenied when the step is not the caller's to tick
	 */
	public OnboardingView tick(Membership m, HireId id, int position) {
		HireView h = store.visible(m.workspace().id(), id);
		var step = store.steps(h.id())
			.stream()
			.filter(s -> s.position() == position)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("/position", Text.of("hiring.onboarding.error.step")));
		if (step.kind().automatic()) {
			throw new InvalidInputException("/position", Text.of("hiring.onboarding.error.automatic"));
		}
		boolean own = m.member().id().equals(h.member());
		if (step.kind().byManager() ? !m.can(dev.deskhand.access.Permission.HIRING_MANAGE) : !own) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.ROLE"));
		}
		if (!step.done()) {
			Instant now = clock.instant();
			store.done(h.id(), position, m.member().id().value(), now);
			events.publishEvent(AuditableChange.updated(h.workspace(), "onboarding", h.id(), Map.of("step", position),
					Map.of("step", position, "done", now),
					"Onboarding step " + step.kind() + " ticked by " + m.member().displayName()));
		}
		return view(store.find(h.id()).orElseThrow(), m);
	}

	/**
	 * The assistant marks one of their onboarding's SOPs read (time recorded; again
	 * changes nothing).
	 * @throws NotFoundException when the caller has no onboarding or the SOP is not one
	 * of it
	 */
	public OnboardingView markRead(Membership m, UUID sop) {
		HireView h = store.ofMember(m.member().id())
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.hire.notFound")));
		var s = checklist.sops(h, m)
			.stream()
			.filter(x -> x.id().equals(sop))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.onboarding.sopNotFound")));
		if (store.read(h.id(), s.id(), s.type(), s.version(), clock.instant())) {
			events.publishEvent(AuditableChange.created(h.workspace(), "sop-read", h.id(),
					Map.of("sop", s.id(), "type", s.type(), "version", s.version()),
					"SOP " + s.type() + " v" + s.version() + " read by " + m.member().displayName()));
		}
		return view(h, m);
	}

	/** An SOP of the caller's onboarding, to render. */
	@Transactional(readOnly = true)
	public Optional<SopView> sop(Membership m, UUID id) {
		return checklist.sop(m, id);
	}

	/**
	 * Creates one work item for the hiring manager per overdue step (a step is escalated
	 * once, however often this runs; safe on several instances at once).
	 * @return how many were created
	 */
	public int escalateOverdue() {
		return overdue.escalate();
	}

	private OnboardingView view(HireView h, Membership viewer) {
		if (h.member() != null && h.contract() == null) {
			var member = workspaces.findMember(h.member()).orElse(null);
			if (member != null && handOver.tryCreate(h.id(), member).isPresent()) {
				h = store.find(h.id()).orElseThrow();
			}
		}
		return checklist.view(h, viewer);
	}

	private static TemplateStep checked(String at, TemplateStep s) {
		if (s.kind() == null) {
			throw new InvalidInputException(at + "/kind", Text.of("hiring.onboarding.error.kind"));
		}
		if (s.daysDue() < 0 || s.daysDue() > 365) {
			throw new InvalidInputException(at + "/daysDue", Text.of("hiring.onboarding.error.daysDue"));
		}
		String param = s.param() == null ? "" : s.param().strip();
		switch (s.kind()) {
			case SHADOW -> {
				int n;
				try {
					n = Integer.parseInt(param);
				}
				catch (NumberFormatException e) {
					n = 0;
				}
				if (n < 1 || n > 100) {
					throw new InvalidInputException(at + "/param", Text.of("hiring.onboarding.error.shadow"));
				}
				param = String.valueOf(n);
			}
			case CUSTOM -> {
				if (param.isEmpty() || param.length() > 500) {
					throw new InvalidInputException(at + "/param", Text.of("hiring.onboarding.error.custom"));
				}
			}
			default -> param = "";
		}
		return new TemplateStep(s.kind(), param, s.daysDue());
	}

}
