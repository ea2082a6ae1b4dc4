package dev.deskhand.parties;

import dev.deskhand.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;

/**
 * The SLA policies a customer may be given. The work module owns the policies and
 * implements this; parties only keeps the chosen id.
 */
public interface SlaPolicyChoices {

	List<Choice> of(WorkspaceId workspace);

	record Choice(UUID id, String name) {
	}

}
