package dev.deskhand.timesheets.web;

import dev.deskhand.timesheets.RunningTimer;
import dev.deskhand.timesheets.TimeTracking;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * What the header's timer shows on every page: the caller's running timer (in any
 * workspace) and how many of their entries wait for review, read only when a page renders
 * them. Reading the timer stops one left running past the end of the person's day, so the
 * first page after signing in asks to confirm it.
 */
@ControllerAdvice(annotations = Controller.class)
class TimerShell {

	private final TimeTracking tracking;

	TimerShell(TimeTracking tracking) {
		this.tracking = tracking;
	}

	@ModelAttribute("runningTimer")
	LazyContextVariable<RunningTimer> running() {
		return new LazyContextVariable<>() {
			@Override
			protected RunningTimer loadValue() {
				return tracking.runningTimer().orElse(null);
			}
		};
	}

	@ModelAttribute("flaggedTime")
	LazyContextVariable<Integer> flagged() {
		return new LazyContextVariable<>() {
			@Override
			protected Integer loadValue() {
				return tracking.flagged().size();
			}
		};
	}

}
