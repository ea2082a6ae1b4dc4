package dev.deskhand.shipments.ingest;

/**
 * One file format of tracking events. Implementations are pure and thread-safe (no
 * database, no Spring, no clock), have a public no-argument constructor and are listed in
 * {@link EventFormats}, so the command line's {@code --dry-run} uses them without a
 * database.
 */
public interface EventFormat {

	/**
	 * The name in {@code ?format=} and {@code --format}: {@code json}, {@code csv},
	 * {@code dcsa}, {@code iftsta}, {@code x12}, {@code carrier-dhl}, {@code carrier-ups}
	 * …
	 */
	String name();

	/**
	 * Whether the content looks like this format, judged from its start only (used to
	 * guess the format when none is given); must be cheap and never throw.
	 */
	boolean recognises(byte[] content);

	/**
	 * Reads every event of the file. A record that cannot be read becomes a
	 * {@link Rejection} and the others are still returned; never throws anything but
	 * {@link UnreadableFile}, whatever the bytes.
	 */
	ParseResult parse(byte[] content);

}
