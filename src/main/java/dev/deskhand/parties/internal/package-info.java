/** Storage, input checks and CSV parsing of the parties module. */
@NullMarked
package dev.deskhand.parties.internal;

import org.jspecify.annotations.NullMarked;
