package dev.deskhand.shipments;

import dev.deskhand.shared.WorkspaceId;
import java.util.List;

/**
 * Tracking exceptions that stopped holding in one evaluation (deliveries in an import's
 * batch, a tick of the exception clock, a rule switched off), published once in the
 * transaction that resolved them, at most {@link TrackingExceptionsRaised#MAX} to an
 * event; see {@link TrackingExceptionsRaised}.
 */
public record TrackingExceptionsResolved(WorkspaceId workspace, List<TrackingExceptionResolved> exceptions) {

	public TrackingExceptionsResolved {
		exceptions = List.copyOf(exceptions);
	}

}
