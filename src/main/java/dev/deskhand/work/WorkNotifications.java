package dev.deskhand.work;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.work.internal.Notifications;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notifications across every workspace where they may see the
 * queue (live grant, NDA accepted): the bell's count, the list, marking read, and their
 * choice of e-mail notifications.
 */
@Service
@Transactional
public class WorkNotifications {

	private final AccessPolicy policy;

	private final Notifications notifications;

	private final Clock clock;

	WorkNotifications(AccessPolicy policy, Notifications notifications, Clock clock) {
		this.policy = policy;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Unread notifications, counted up to 100 (a count of 100 reads "99+"); 0 for a
	 * caller signed out.
	 */
	@Transactional(readOnly = true)
	public int unreadCount() {
		return policy.caller().isEmpty() ? 0 : notifications.unreadCount(spaces().keySet());
	}

	/** The newest notifications, unread only or all, newest first. */
	@Transactional(readOnly = true)
	public List<NotificationView> list(boolean unreadOnly, int limit) {
		return notifications.list(spaces(), unreadOnly, Math.clamp(limit, 1, 200));
	}

	/** The unread notifications in one workspace. */
	@Transactional(readOnly = true)
	public List<NotificationView> unreadIn(Membership m) {
		return notifications.list(Map.of(m.member().id(), m.workspace()), true, 100);
	}

	/** Marks one of the caller's notifications read; anyone else's is left alone. */
	public void markRead(long id) {
		notifications.markRead(spaces().keySet(), id, clock.instant());
	}

	public void markAllRead() {
		notifications.markAllRead(spaces().keySet(), clock.instant());
	}

	/** Whether the caller gets notifications (mentions, escalations) by e-mail too. */
	@Transactional(readOnly = true)
	public boolean emailOn() {
		return notifications.emailOn(person());
	}

	public void setEmail(boolean on) {
		notifications.setEmail(person(), on, clock.instant());
	}

	private PersonId person() {
		PersonId person = policy.requireCaller().person();
		if (person == null) {
			throw new AuthenticationCredentialsNotFoundException("Only a person has notification settings");
		}
		return person;
	}

	private Map<MemberId, WorkspaceView> spaces() {
		Map<MemberId, WorkspaceView> spaces = new LinkedHashMap<>();
		policy.memberships(Permission.WORK_VIEW).forEach(m -> spaces.put(m.member().id(), m.workspace()));
		return spaces;
	}

}
