/**
 * Shipments and tracking: orders, shipments with their references and planned milestones,
 * tracking events ingested from every common status format (native JSON, CSV, DCSA Track
 * &amp; Trace, EDIFACT IFTSTA, ANSI X12 214/315, parcel carriers' tracking APIs), the
 * status and ETA derived from them, and tracking exceptions raised by the workspace's
 * rules.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "references", "documents", "parties" })
package dev.deskhand.shipments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
