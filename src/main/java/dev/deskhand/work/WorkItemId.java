package dev.deskhand.work;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a work item. */
public record WorkItemId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
