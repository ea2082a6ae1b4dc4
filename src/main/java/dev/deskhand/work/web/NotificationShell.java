package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.work.WorkNotifications;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * What the layout's bell and the profile's notification setting show, read only when a
 * page renders them (not for redirects, fragments or downloads).
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationShell {

	private final WorkNotifications notifications;

	private final AccessPolicy policy;

	NotificationShell(WorkNotifications notifications, AccessPolicy policy) {
		this.notifications = notifications;
		this.policy = policy;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Integer> unread() {
		return new LazyContextVariable<>() {
			@Override
			protected Integer loadValue() {
				return notifications.unreadCount();
			}
		};
	}

	@ModelAttribute("notificationEmailOn")
	LazyContextVariable<Boolean> emailOn() {
		return new LazyContextVariable<>() {
			@Override
			protected Boolean loadValue() {
				return policy.caller().map(c -> c.person() != null && notifications.emailOn()).orElse(false);
			}
		};
	}

}
