package dev.deskhand.work;

import java.time.Instant;

/** An in-app notification for a member (from an escalation). */
public record NotificationView(long id, WorkItemId item, String text, Instant createdAt) {
}
