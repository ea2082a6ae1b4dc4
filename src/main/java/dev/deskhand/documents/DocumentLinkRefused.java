package dev.deskhand.documents;

/**
 * A download link that does not open; {@link #reason()} says why in terms the download
 * route can answer.
 */
public class DocumentLinkRefused extends RuntimeException {

	private final Reason reason;

	public DocumentLinkRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {

		/** Not a link this server signed, or one of its parts was changed. */
		INVALID,
		/** Signed, but its time is up. */
		EXPIRED,
		/**
		 * Signed and in time, but the member it was issued to may no longer see the
		 * document.
		 */
		ACCESS_ENDED

	}

}
