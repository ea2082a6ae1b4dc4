package dev.deskhand.hiring.web;

import dev.deskhand.hiring.MyOnboarding;
import dev.deskhand.hiring.Onboarding;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The header's "Your onboarding" link on every page until the signed-in person's
 * onboarding is done; read only when a page renders it.
 */
@ControllerAdvice(annotations = Controller.class)
class OnboardingShell {

	private final Onboarding onboarding;

	OnboardingShell(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@ModelAttribute("myOnboardings")
	LazyContextVariable<List<MyOnboarding>> mine() {
		return new LazyContextVariable<>() {
			@Override
			protected List<MyOnboarding> loadValue() {
				return onboarding.openOfCaller();
			}
		};
	}

}
