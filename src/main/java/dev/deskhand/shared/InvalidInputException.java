package dev.deskhand.shared;

/**
 * Input that breaks a rule of the domain. The web layer answers it with 400 and a
 * problem+json body whose {@code errors[0].pointer} is {@code field} (a JSON pointer such
 * as {@code /email}).
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
