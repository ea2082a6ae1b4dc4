package dev.deskhand.shipments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer's order with its numbered lines. */
public record OrderView(UUID id, String number, @Nullable UUID customer, List<Line> lines, Instant createdAt) {

	public OrderView {
		lines = List.copyOf(lines);
	}

	public record Line(int lineNo, String sku, String description, BigDecimal quantity, String unit) {
	}

}
