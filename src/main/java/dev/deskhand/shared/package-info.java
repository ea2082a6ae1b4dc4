/**
 * Value types every module shares, and the two contracts through which every module
 * reaches the audit log: {@link dev.deskhand.shared.AuditableChange} (published for each
 * change) and {@link dev.deskhand.shared.SensitiveReadLog} (called for each read of
 * sensitive data).
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.deskhand.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
