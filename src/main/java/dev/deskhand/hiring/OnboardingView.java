package dev.deskhand.hiring;

import dev.deskhand.billing.ContractId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hired assistant's onboarding as both sides see it.
 *
 * @param sops the SOPs of the post's work types the assistant is to read
 * @param contract the engagement contract once it exists
 */
public record OnboardingView(HireView hire, List<OnboardingStep> steps, List<OnboardingSop> sops,
		@Nullable ContractId contract) {

	public OnboardingView {
		steps = List.copyOf(steps);
		sops = List.copyOf(sops);
	}

	/**
	 * @param count SHADOW: different items opened so far (at most its parameter)
	 * @param doneBy the member who ticked it, null when it completed by itself
	 */
	public record OnboardingStep(int position, OnboardingStepKind kind, String param, LocalDate dueOn,
			@Nullable Instant doneAt, @Nullable UUID doneBy, int count) {

		public boolean done() {
			return doneAt != null;
		}

		public boolean overdue(LocalDate today) {
			return doneAt == null && dueOn.isBefore(today);
		}

	}

	/** An SOP to read, with when the assistant marked it read (null: not yet). */
	public record OnboardingSop(UUID id, String type, int version, String markdown, @Nullable Instant readAt) {
	}

	public long doneCount() {
		return steps.stream().filter(OnboardingStep::done).count();
	}

	public boolean complete() {
		return steps.stream().allMatch(OnboardingStep::done);
	}

}
