/**
 * The assistant: triage of every received e-mail (language, intent, references, urgency),
 * grounded reply drafts whose every fact carries its source, the grounding verifier that
 * decides whether a text may be offered as ready, and customer delay notices from
 * tracking exceptions.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "workspace", "access", "documents", "parties", "inbox",
		"references", "shipments" })
package dev.deskhand.assistant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
