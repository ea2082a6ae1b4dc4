package dev.deskhand.timesheets.internal;

import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.WorkspaceId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The audit entries of time:
 * {@code Time <action> for <name>, week <n>/<year>[: <reason>]} (the audit page reads
 * that form back into the reader's language).
 */
@Component
public class TimeAudit {

	private final ApplicationEventPublisher events;

	TimeAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	public static String summary(String action, String name, LocalDate week, @Nullable String reason) {
		return "Time " + action + " for " + name + ", week " + Weeks.number(week) + "/" + Weeks.year(week)
				+ (reason == null || reason.isBlank() ? ""
						: ": " + reason.strip().replaceAll("\\s+", " ").replace(";", ","));
	}

	/** Publishes the change (inside the caller's transaction). */
	public void record(WorkspaceId workspace, String type, Object id, AuditableChange.Action action,
			@Nullable Object before, @Nullable Object after, String summary) {
		events.publishEvent(new AuditableChange(workspace, type, id.toString(), action, before, after, summary));
	}

	/** Publishes a domain event (inside the caller's transaction). */
	public void publish(Object event) {
		events.publishEvent(event);
	}

}
