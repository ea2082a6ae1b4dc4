package dev.deskhand.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an engagement contract between an assistant and a workspace. */
public record ContractId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ContractId {
		Objects.requireNonNull(value, "value");
	}

	public static ContractId random() {
		return new ContractId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
