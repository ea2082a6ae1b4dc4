/** Internal to the shipments module. */
@NullMarked
package dev.deskhand.shipments.ingest;

import org.jspecify.annotations.NullMarked;
