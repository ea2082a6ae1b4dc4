package dev.deskhand.hiring.onboarding;

import dev.deskhand.workspace.PersonId;

/** Whether a person signs in with a second factor (the TWO_FACTOR step's check). */
interface SecondFactor {

	boolean enabled(PersonId person);

}
