package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * Signing a mailbox in through the browser did not work; nothing was stored. The
 * {@link #reason()} says why, for a message in the reader's language; the English message
 * is for the API and logs and never contains a token, code or state.
 */
public final class OAuthSignInException extends RuntimeException {

	/** Why the sign-in failed. */
	public enum Reason {

		/** The callback brought no state, or one Deskhand never issued. */
		UNKNOWN_STATE(true),
		/** The state was presented before: each works once. */
		USED_STATE(true),
		/** More than the allowed time passed between starting and coming back. */
		EXPIRED_STATE(true),
		/** The state was issued to another signed-in person. */
		OTHER_PERSON(true),
		/**
		 * The provider answered with an error instead of a code ({@code access_denied},
		 * ...).
		 */
		PROVIDER_REFUSED(false),
		/** The token endpoint could not be reached or refused the code. */
		TOKEN_FAILED(false),
		/** The provider issued no refresh token (scope or parameters missing). */
		NO_REFRESH_TOKEN(false);

		private final boolean badRequest;

		Reason(boolean badRequest) {
			this.badRequest = badRequest;
		}

		/**
		 * The callback itself was wrong (400): nothing tells which mailbox it was for, or
		 * it must not be used.
		 */
		public boolean badRequest() {
			return badRequest;
		}

	}

	private final Reason reason;

	private final @Nullable String provider;

	private final @Nullable String detail;

	private final @Nullable WorkspaceId workspace;

	public OAuthSignInException(Reason reason, @Nullable String provider, @Nullable String detail) {
		this(reason, provider, detail, null);
	}

	/**
	 * @param workspace only for the caller's own state (see {@link #workspace()})
	 */
	public OAuthSignInException(Reason reason, @Nullable String provider, @Nullable String detail,
			@Nullable WorkspaceId workspace) {
		super(message(reason, provider, detail));
		this.reason = reason;
		this.provider = provider;
		this.detail = detail;
		this.workspace = workspace;
	}

	public Reason reason() {
		return reason;
	}

	/** "Microsoft", "Google" or the token endpoint's host; null when not known. */
	public @Nullable String provider() {
		return provider;
	}

	/**
	 * The provider's error and description, or why the token request failed; null when
	 * there is nothing to add.
	 */
	public @Nullable String detail() {
		return detail;
	}

	/**
	 * The workspace the state was for, only when it was the caller's own (so the page can
	 * offer to start again there); never for another person's state.
	 */
	public @Nullable WorkspaceId workspace() {
		return workspace;
	}

	private static String message(Reason reason, @Nullable String provider, @Nullable String detail) {
		String text = switch (reason) {
			case UNKNOWN_STATE -> "This sign-in is unknown: start it again from the Mailboxes page";
			case USED_STATE -> "This sign-in was already completed: each works once, start it again";
			case EXPIRED_STATE -> "This sign-in took too long and expired: start it again";
			case OTHER_PERSON -> "This sign-in was started by someone else: start it yourself from the Mailboxes page";
			case PROVIDER_REFUSED -> provider + " did not grant access";
			case TOKEN_FAILED -> provider + " did not issue a token";
			case NO_REFRESH_TOKEN -> provider + " issued no refresh token: request offline access "
					+ "(Microsoft: the scope offline_access; Google: access_type=offline&prompt=consent)";
		};
		return detail == null ? text : text + " " + detail;
	}

}
