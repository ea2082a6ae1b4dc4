package dev.deskhand.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Input that breaks a rule of the domain. The web layer answers it with 400 and a
 * problem+json body whose {@code errors[0].pointer} is {@code field} (a JSON pointer such
 * as {@code /email}). The reason is a {@link Text} (a key of the message bundles and its
 * arguments): pages show it in the reader's language, the API in the caller's
 * ({@code Accept-Language}, English by default). {@link #getMessage()} is the English
 * text.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final @Nullable Text reason;

	/** Says why with a key of the message bundles and its arguments. */
	public InvalidInputException(String field, Text reason) {
		super(reason.english());
		this.field = field;
		this.reason = reason;
	}

	/**
	 * English only: people reading other languages see English. Prefer
	 * {@link #InvalidInputException(String, Text)}.
	 */
	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
		this.reason = null;
	}

	public InvalidInputException(String field, String message, @Nullable String messageKey) {
		super(message);
		this.field = field;
		this.reason = messageKey == null ? null : Text.of(messageKey);
	}

	public String field() {
		return field;
	}

	/** The reason as a text of the bundles, or null when there is only English. */
	public @Nullable Text reason() {
		return reason;
	}

	/**
	 * The message bundles' key for the reason, or null when there is only the English
	 * message.
	 */
	public @Nullable String messageKey() {
		return reason == null ? null : reason.key();
	}

	/** What people read: the reason, or the English message as it is. */
	public Text text() {
		return reason != null ? reason : Text.literal(String.valueOf(getMessage()));
	}

	@Override
	public String @Nullable [] getCodes() {
		return reason == null ? null : reason.getCodes();
	}

	@Override
	public Object @Nullable [] getArguments() {
		return reason == null ? null : reason.getArguments();
	}

	@Override
	public String getDefaultMessage() {
		return String.valueOf(getMessage());
	}

}
