/**
 * Grounded reply drafts: the facts of an e-mail's references gathered with their sources,
 * a reply composed from them per intent and language, checked by the grounding verifier
 * and stored once per message; what became of each draft.
 */
@NullMarked
package dev.deskhand.assistant.drafts;

import org.jspecify.annotations.NullMarked;
