/**
 * The audit log: every change and every read of sensitive data, kept per workspace as a
 * keyed hash chain whose alteration, truncation or forgery is detected by verification.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "access", "workspace" })
package dev.deskhand.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
