package dev.deskhand.shipments.internal;

import dev.deskhand.shared.WorkspaceId;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * PLACEHOLDER owned by the exceptions stream. The ingest calls
 * {@link #afterEvents(WorkspaceId, Collection)} inside each import transaction, after
 * storing a batch of events, with the shipments whose events changed.
 */
@Component
public class ExceptionEvaluation {

	public void afterEvents(WorkspaceId workspace, Collection<UUID> shipmentIds) {
		// filled by the exceptions stream
	}

}
