package dev.deskhand.hiring;

/**
 * What an onboarding step asks for. All but two complete by themselves from the real
 * state: {@code NDA} (the workspace's NDA accepted), {@code CLAUSES} (the contract's
 * clauses accepted, so it is active), {@code INVOICING} (an issuer profile exists),
 * {@code TWO_FACTOR} (a second factor turned on), {@code READ_SOPS} (each SOP of the
 * post's work types marked read), {@code MAILBOX} (a first work item of the shared queue
 * opened), {@code SHADOW} (as many different items opened as its parameter says); the
 * assistant ticks {@code CUSTOM}, a manager {@code REVIEW} (after reviewing the first
 * items the assistant resolved).
 */
public enum OnboardingStepKind {

	NDA, CLAUSES, INVOICING, TWO_FACTOR, READ_SOPS, MAILBOX, SHADOW, REVIEW, CUSTOM;

	/** Completes from the real state, nobody ticks it. */
	public boolean automatic() {
		return this != REVIEW && this != CUSTOM;
	}

	/** Ticked by a manager (the others by the assistant or by themselves). */
	public boolean byManager() {
		return this == REVIEW;
	}

}
