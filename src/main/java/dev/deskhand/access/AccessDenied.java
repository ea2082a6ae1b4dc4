package dev.deskhand.access;

/**
 * The caller is a member but may not do this now; {@code reason} says why in words the
 * caller can act on.
 */
public class AccessDenied extends RuntimeException {

	private final Reason reason;

	public AccessDenied(Reason reason, String message) {
		super(message);
		this.reason = reason;
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
