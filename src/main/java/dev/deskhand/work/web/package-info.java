/** The work module's REST API. */
@NullMarked
package dev.deskhand.work.web;

import org.jspecify.annotations.NullMarked;
