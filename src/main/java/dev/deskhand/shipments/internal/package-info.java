/** Internal to the shipments module. */
@NullMarked
package dev.deskhand.shipments.internal;

import org.jspecify.annotations.NullMarked;
