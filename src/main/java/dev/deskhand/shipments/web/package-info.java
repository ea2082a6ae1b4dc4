/** Internal to the shipments module. */
@NullMarked
package dev.deskhand.shipments.web;

import org.jspecify.annotations.NullMarked;
