/**
 * Files kept for a workspace (attachments, proofs of delivery, invoices), encrypted at
 * rest, content-checked, scoped like the data they belong to, and handed out only through
 * signed, expiring, audited links.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access" })
package dev.deskhand.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
