package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;

/**
 * Nothing in the file can be read as this format (not JSON at all, a truncated EDI
 * interchange, an envelope whose counts are wrong, another EDI message type): the API
 * answers 400, the command line names the position. Nothing of the file is stored.
 */
public class UnreadableFile extends RuntimeException {

	private final String position;

	private final Text reason;

	public UnreadableFile(String position, Text reason) {
		super(position + ": " + reason.english());
		this.position = position;
		this.reason = reason;
	}

	public String position() {
		return position;
	}

	public Text reason() {
		return reason;
	}

}
