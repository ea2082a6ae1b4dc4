/**
 * Time an assistant works: timers and manual entries per workspace, member and work item,
 * weekly timesheets submitted, approved (then locked) or rejected, reopened by a manager,
 * and the reports of hours.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "parties", "inbox", "work" })
package dev.deskhand.timesheets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
