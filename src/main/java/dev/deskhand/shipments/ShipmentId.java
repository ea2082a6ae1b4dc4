package dev.deskhand.shipments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a shipment. */
public record ShipmentId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ShipmentId {
		Objects.requireNonNull(value, "value");
	}

	public static ShipmentId random() {
		return new ShipmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
