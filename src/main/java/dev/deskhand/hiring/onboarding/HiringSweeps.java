package dev.deskhand.hiring.onboarding;

import dev.deskhand.hiring.Onboarding;
import dev.deskhand.hiring.Trials;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Overdue onboarding steps every hour, trials about to end every six hours (both
 * idempotent and cluster-safe).
 */
@Component
class HiringSweeps {

	private final Onboarding onboarding;

	private final Trials trials;

	HiringSweeps(Onboarding onboarding, Trials trials) {
		this.onboarding = onboarding;
		this.trials = trials;
	}

	@Scheduled(initialDelayString = "PT3M", fixedDelayString = "${deskhand.hiring.overdue-interval:PT1H}")
	void overdue() {
		onboarding.escalateOverdue();
	}

	@Scheduled(initialDelayString = "PT4M", fixedDelayString = "${deskhand.hiring.trial-notice-interval:PT6H}")
	void trialsEnding() {
		trials.noticeEndingTrials();
	}

}
