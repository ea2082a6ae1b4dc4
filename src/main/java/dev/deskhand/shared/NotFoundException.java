package dev.deskhand.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The record does not exist, or exists where the caller may not know of it: both answer
 * 404. The reason, as for {@link InvalidInputException}, is a {@link Text} shown in the
 * reader's language; {@link #getMessage()} is English.
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

	private final @Nullable Text reason;

	public NotFoundException(Text reason) {
		super(reason.english());
		this.reason = reason;
	}

	/** English only; prefer {@link #NotFoundException(Text)}. */
	public NotFoundException(String message) {
		super(message);
		this.reason = null;
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
