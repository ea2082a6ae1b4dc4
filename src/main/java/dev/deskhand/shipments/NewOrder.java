package dev.deskhand.shipments;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's order with its lines.
 *
 * @param number unique in the workspace
 * @param customer a customer party's id, or null
 */
public record NewOrder(String number, @Nullable UUID customer, @Nullable List<Line> lines) {

	/** A line: what, how many, in which unit ({@code pcs} when null). */
	public record Line(String sku, @Nullable String description, BigDecimal quantity, @Nullable String unit) {
	}

}
