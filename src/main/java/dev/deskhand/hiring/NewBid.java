package dev.deskhand.hiring;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bidder types on a post's public page.
 *
 * @param availability their working week in their zone, as members' working hours are
 * written ({@code mon-fri 08:00-16:00})
 * @param timeZone their time zone (IANA, e.g. {@code Asia/Manila})
 * @param sampleAnswer the answer to the post's work-sample task
 */
public record NewBid(@Nullable String name, @Nullable String email, @Nullable BigDecimal rate,
		@Nullable String timeZone, @Nullable String availability, @Nullable Integer hoursPerWeek,
		@Nullable List<String> languages, @Nullable String coverNote, @Nullable String sampleAnswer) {
}
