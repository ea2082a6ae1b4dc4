/**
 * Reference numbers: recognising and validating container numbers, air waybills, parcel
 * tracking numbers and the workspace's own order, invoice and booking patterns, and
 * recording who entered which reference and whether it was valid.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access" })
package dev.deskhand.references;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
