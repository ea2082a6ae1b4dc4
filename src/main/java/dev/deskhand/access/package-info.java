/**
 * Who may do what: grants give a member a role in a workspace, optionally limited to
 * scopes and a time window; NDA acceptance; API tokens; sign-in; and
 * {@link dev.deskhand.access.AccessPolicy}, the one check every module calls.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace" })
package dev.deskhand.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
