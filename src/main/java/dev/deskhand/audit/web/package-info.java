/** The audit log's REST API. */
@NullMarked
package dev.deskhand.audit.web;

import org.jspecify.annotations.NullMarked;
