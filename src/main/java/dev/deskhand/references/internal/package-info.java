/** Storage of the references module: workspace patterns and recorded entries. */
@NullMarked
package dev.deskhand.references.internal;

import org.jspecify.annotations.NullMarked;
