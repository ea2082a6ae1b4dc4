package dev.deskhand.work;

import dev.deskhand.parties.SlaPolicyChoices;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.internal.SlaPolicies;
import java.util.List;
import org.springframework.stereotype.Component;

/** Offers the workspace's SLA policies as a customer's own policy. */
@Component
class SlaPolicyChoicesOfWork implements SlaPolicyChoices {

	private final SlaPolicies policies;

	SlaPolicyChoicesOfWork(SlaPolicies policies) {
		this.policies = policies;
	}

	@Override
	public List<Choice> of(WorkspaceId workspace) {
		return policies.of(workspace).stream().map(p -> new Choice(p.id(), p.name())).toList();
	}

}
