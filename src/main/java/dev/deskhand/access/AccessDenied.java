package dev.deskhand.access;

import dev.deskhand.shared.Text;
import org.springframework.context.MessageSourceResolvable;

/**
 * The caller is a member but may not do this now; {@code reason} says why in words the
 * caller can act on: a {@link Text} shown in the reader's language ({@link #getMessage()}
 * is English).
 */
public class AccessDenied extends RuntimeException implements MessageSourceResolvable {

	private final Reason reason;

	private final Text text;

	public AccessDenied(Reason reason, Text text) {
		super(text.english());
		this.reason = reason;
		this.text = text;
	}

	/**
	 * English only; people read the reason's general text ({@code denied.REASON}). Prefer
	 * {@link #AccessDenied(Reason, Text)}.
	 */
	public AccessDenied(Reason reason, String message) {
		super(message);
		this.reason = reason;
		this.text = Text.of("denied." + reason.name());
	}

	/** What people read: why, in their language. */
	public Text text() {
		return text;
	}

	@Override
	public String[] getCodes() {
		return text.getCodes();
	}

	@Override
	public Object[] getArguments() {
		return text.getArguments();
	}

	@Override
	public String getDefaultMessage() {
		return String.valueOf(getMessage());
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {

		/** The role lacks the permission. */
		ROLE,
		/** The grant expired, was revoked or has not started. */
		GRANT,
		/** The workspace's NDA must be accepted first. */
		NDA,
		/**
		 * The workspace requires two-factor sign-in, which the person must set up first.
		 */
		TWO_FACTOR,
		/** Nobody changes their own grant. */
		OWN_GRANT,
		/** The grant asked for is wider than the actor's own (role, scopes or end). */
		BEYOND_OWN,
		/**
		 * The invitation is for another e-mail address, or the caller's address is not
		 * verified.
		 */
		NOT_INVITEE

	}

}
