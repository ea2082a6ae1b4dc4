package dev.deskhand.access;

import dev.deskhand.workspace.PersonId;

/**
 * Whether a person signs in with two factors (password and a TOTP code), for other
 * modules (an onboarding checklist): the answer is read from the database on each call.
 */
public interface TwoFactorStatus {

	/**
	 * @param person any person id, existing or not (never null)
	 * @return true when the person turned two-factor sign-in on and has not turned it off
	 */
	boolean enabled(PersonId person);

}
