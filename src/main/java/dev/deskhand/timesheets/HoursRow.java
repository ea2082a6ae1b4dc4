package dev.deskhand.timesheets;

/**
 * One group of a report of hours.
 *
 * @param key what the group is: a member id, a work type, a customer's name, a week's
 * Monday ({@code 2026-11-30}) or a month ({@code 2026-11}); empty for entries without it
 */
public record HoursRow(String key, long minutes, long billableMinutes) {
}
