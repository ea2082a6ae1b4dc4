/** The work module's internals: calendar, SLA clock, persistence and schedulers. */
@NullMarked
package dev.deskhand.work.internal;

import org.jspecify.annotations.NullMarked;
