package dev.deskhand.assistant;

/** Whether a draft may be offered as ready. */
public enum DraftStatus {

	/** Every fact in the text is backed by a source. */
	READY,
	/**
	 * Something in the text is not backed (or no draft could be made): a person decides.
	 */
	NEEDS_HUMAN;

	/** {@code ready} or {@code needs_human}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
