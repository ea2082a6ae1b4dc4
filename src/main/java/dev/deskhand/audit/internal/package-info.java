/** The audit module's internals: the chain, its checkpoints, verification and queries. */
@NullMarked
package dev.deskhand.audit.internal;

import org.jspecify.annotations.NullMarked;
