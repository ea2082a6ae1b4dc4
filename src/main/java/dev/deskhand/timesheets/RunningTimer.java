package dev.deskhand.timesheets;

/** The caller's running timer and the workspace it runs in (for the header). */
public record RunningTimer(TimeEntryView entry, String workspaceSlug, String workspaceName) {
}
