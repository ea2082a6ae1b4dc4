package dev.deskhand.shared;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule of the domain. The web layer answers it with 400 and a
 * problem+json body whose {@code errors[0].pointer} is {@code field} (a JSON pointer such
 * as {@code /email}). With a {@code messageKey} (a key of the message bundles), pages
 * show the reason in the reader's language instead of the English message.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final @Nullable String messageKey;

	public InvalidInputException(String field, String message) {
		this(field, message, null);
	}

	public InvalidInputException(String field, String message, @Nullable String messageKey) {
		super(message);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	/**
	 * The message bundles' key for the reason, or null when there is only the English
	 * message.
	 */
	public @Nullable String messageKey() {
		return messageKey;
	}

}
