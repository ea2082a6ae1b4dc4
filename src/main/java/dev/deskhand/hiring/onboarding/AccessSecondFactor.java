package dev.deskhand.hiring.onboarding;

import dev.deskhand.workspace.PersonId;
import org.springframework.stereotype.Component;

/**
 * The TWO_FACTOR step's check.
 */
@Component
class AccessSecondFactor implements SecondFactor {

	// INTEGRATION: answer dev.deskhand.access.TwoFactorStatus.enabled(person) once the
	// access module has it (built in parallel), and let OnboardingStart listen to
	// dev.deskhand.access.TwoFactorEnabled to complete the step at once; until then no
	// one has a second factor and the step stays open.
	@Override
	public boolean enabled(PersonId person) {
		return false;
	}

}
