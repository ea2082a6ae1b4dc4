/**
 * The work queue: work items from e-mail, manual entry, recurring tasks and other
 * modules' events, their append-only timelines, SOPs with checklists, saved replies, SLA
 * clocks on business calendars, escalation and assignment.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "documents", "parties", "inbox",
		"references", "shipments", "assistant" })
package dev.deskhand.work;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
