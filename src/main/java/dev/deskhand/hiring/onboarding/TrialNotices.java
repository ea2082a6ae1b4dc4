package dev.deskhand.hiring.onboarding;

import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.HireStatus;
import dev.deskhand.hiring.HireView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds the hiring manager of a trial about to end: a work item (extend, end or
 * convert), once per trial end — the hire's {@code trial_notice_for} is set to the end
 * with a conditional update in the item's transaction, so an extended trial is reminded
 * again before its new end. Runs under a transaction-scoped advisory lock.
 */
@Component
public class TrialNotices {

	private static final long LOCK = 0x6869_7269_6e67_02L;

	private final HireStore store;

	private final ManagerTasks tasks;

	private final WorkspaceManagement workspaces;

	private final JdbcClient jdbc;

	private final Clock clock;

	TrialNotices(HireStore store, ManagerTasks tasks, WorkspaceManagement workspaces, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.tasks = tasks;
		this.workspaces = workspaces;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Runs in the caller's transaction; returns how many reminders were created. */
	public int notice(int daysBefore) {
		if (!Boolean.TRUE
			.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single())) {
			return 0;
		}
		LocalDate utc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		int created = 0;
		for (HireId id : store.trialsEnding(utc.minusDays(1), utc.plusDays(daysBefore + 1))) {
			HireView h = store.find(id).orElseThrow();
			WorkspaceView ws = workspaces.findWorkspace(h.workspace()).orElseThrow();
			LocalDate today = LocalDate.ofInstant(clock.instant(), ws.timeZone());
			LocalDate last = h.trialEndsOn();
			if (h.status() != HireStatus.TRIAL || last == null || last.isBefore(today)
					|| last.isAfter(today.plusDays(daysBefore))) {
				continue;
			}
			if (!store.claimNotice(h.id(), last)) {
				continue;
			}
			Locale locale = Locale.forLanguageTag(ws.defaultLanguage());
			String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(last);
			if (tasks.create(h, "hiring.trial.endingItem", h.name(), day).isPresent()) {
				created++;
			}
		}
		return created;
	}

}
