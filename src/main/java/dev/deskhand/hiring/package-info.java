/**
 * Hiring and onboarding: job posts that say what the work really is (work types and their
 * SOPs, languages, overlap hours, maximum rate, contract type, trial), a public page
 * where anyone bids by e-mail address with a rate, availability, samples of work and the
 * answers to a work-sample task; a pipeline per post (shortlist, scorecards, interviews
 * with iCalendar invitations, offer, decline); and the hire, which hands over to
 * {@code access} (invitation, a grant that ends with the trial) and {@code billing} (the
 * engagement contract), followed by an onboarding checklist and the trial's review.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "shared", "workspace", "access", "documents", "parties", "inbox", "work", "billing" })
package dev.deskhand.hiring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
