package dev.deskhand.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice or credit note. */
public record InvoiceId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InvoiceId {
		Objects.requireNonNull(value, "value");
	}

	public static InvoiceId random() {
		return new InvoiceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
