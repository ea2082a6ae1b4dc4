package dev.deskhand.assistant;

/**
 * One fact a draft may state, with where it comes from.
 *
 * @param kind what the value is: {@code reference, date, time, datetime, amount, number,
 * place, name, text}
 * @param value canonical: references normalised (upper case, letters and digits), dates
 * {@code 2026-12-08}, times {@code 14:30}, date-times ISO local in the workspace's zone
 * {@code 2026-12-08T14:30}, amounts {@code 1234.50 DKK}, numbers plain {@code 1234.5},
 * places and names as written
 * @param source {@code type:id:field} (e.g. {@code shipment:<uuid>:eta}), or
 * {@code message} for what only the customer's own mail states
 */
public record Fact(String kind, String value, String source) {

	/** The source of a value only the incoming mail states (the customer's own claim). */
	public static final String MESSAGE = "message";

}
