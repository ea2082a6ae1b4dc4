package dev.deskhand.work;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of the SOP (playbook) of a work type: markdown instructions and a
 * checklist.
 *
 * @param requireChecklist whether an item of the type can be resolved only with every
 * checklist point ticked
 */
public record SopView(UUID id, String type, int version, String markdown, List<String> checklist,
		boolean requireChecklist, Instant createdAt) {

	public SopView {
		checklist = List.copyOf(checklist);
	}

}
