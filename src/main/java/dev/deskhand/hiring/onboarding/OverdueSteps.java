package dev.deskhand.hiring.onboarding;

import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.HireView;
import dev.deskhand.hiring.OnboardingView.OnboardingStep;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Overdue onboarding steps become work items for the hiring manager, one per step: the
 * step's row in {@code hiring.onboarding_escalation} is inserted ({@code on conflict do
 * nothing}) in the transaction that creates the item, so a step is escalated once however
 * often the sweep runs; the sweep itself runs under a transaction-scoped advisory lock,
 * so one instance at a time does it.
 */
@Component
public class OverdueSteps {

	private static final long LOCK = 0x6869_7269_6e67_01L;

	private final HireStore store;

	private final ManagerTasks tasks;

	private final Checklist checklist;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverdueSteps(HireStore store, ManagerTasks tasks, Checklist checklist, MessageSource messages, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.checklist = checklist;
		this.store = store;
		this.tasks = tasks;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Runs in the caller's transaction; returns how many items were created. */
	public int escalate() {
		if (!Boolean.TRUE
			.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single())) {
			return 0;
		}
		Instant now = clock.instant();
		int created = 0;
		for (HireId id : store.withOverdueSteps(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
			HireView h = store.find(id).orElseThrow();
			var manager = tasks.manager(h);
			if (manager.isEmpty()) {
				continue;
			}
			// steps that follow the real state are brought up to date first: only what is
			// really still open escalates
			checklist.view(h, manager.get());
			WorkspaceView ws = manager.get().workspace();
			LocalDate today = LocalDate.ofInstant(now, ws.timeZone());
			Locale locale = Locale.forLanguageTag(ws.defaultLanguage());
			for (OnboardingStep s : store.steps(id)) {
				if (!s.overdue(today) || !store.claimEscalation(id, s.position(), now)) {
					continue;
				}
				String step = messages.getMessage("hiring.step." + s.kind(), new Object[] { s.param() }, locale);
				String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(s.dueOn());
				var item = tasks.create(manager.get(), "hiring.onboarding.overdueItem", h.name(), step, due);
				store.escalated(id, s.position(), item.id().value());
				events.publishEvent(AuditableChange.updated(h.workspace(), "onboarding", h.id(),
						Map.of("step", s.position()), Map.of("step", s.position(), "escalated", item.id()),
						"Overdue onboarding step " + s.kind() + " of " + h.name() + " escalated"));
				created++;
			}
		}
		return created;
	}

}
