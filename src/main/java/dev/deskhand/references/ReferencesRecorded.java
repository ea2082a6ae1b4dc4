package dev.deskhand.references;

import dev.deskhand.shared.WorkspaceId;
import java.util.List;

/**
 * Many references recorded at once (an import's batch): one event for the batch instead
 * of one {@link ReferenceRecorded} each, which a listener reads the same way.
 */
public record ReferencesRecorded(WorkspaceId workspace, List<ReferenceRecorded> entries) {

	public ReferencesRecorded {
		entries = List.copyOf(entries);
	}

}
