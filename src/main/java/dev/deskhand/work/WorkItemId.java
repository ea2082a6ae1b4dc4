package dev.deskhand.work;

import java.util.Objects;
import java.util.UUID;

/** Identifies a work item. */
public record WorkItemId(UUID value) {

	public WorkItemId {
		Objects.requireNonNull(value, "value");
	}

	public static WorkItemId random() {
		return new WorkItemId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
