/**
 * Workspaces (one per client business), the people and agents who are their members (with
 * time zone, working hours and agreed overlap hours), and invitations.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package dev.deskhand.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
