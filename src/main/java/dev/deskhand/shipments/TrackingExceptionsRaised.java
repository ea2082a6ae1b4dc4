package dev.deskhand.shipments;

import dev.deskhand.shared.WorkspaceId;
import java.util.List;

/**
 * Tracking exceptions raised together: by one evaluation (an import's stored batch, a
 * tick of the exception clock, a rule switched on), published once in the transaction
 * that wrote their rows, at most {@link #MAX} to an event. One event per evaluation
 * instead of one per exception lets a listener handle them in one transaction: an import
 * raising hundreds of exceptions no longer makes hundreds of transactions compete with it
 * for the machine.
 *
 * @param exceptions each raised exception, in the order they were raised; none empty
 */
public record TrackingExceptionsRaised(WorkspaceId workspace, List<TrackingExceptionRaised> exceptions) {

	/** The most exceptions one event carries (a larger evaluation publishes several). */
	public static final int MAX = 250;

	public TrackingExceptionsRaised {
		exceptions = List.copyOf(exceptions);
	}

}
