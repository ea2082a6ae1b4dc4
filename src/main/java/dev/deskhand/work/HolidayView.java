package dev.deskhand.work;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day the business calendar skips although it would be a working day.
 *
 * @param name the public holiday's name in the asked language, or null for one of the
 * workspace's own closed days
 */
public record HolidayView(LocalDate date, @Nullable String name) {
}
