package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;

/**
 * One EDI status record (an AT7, a B4, an STS) cannot be read: the reader turns it into a
 * {@link Rejection} at that segment and goes on with the next.
 */
final class EdiRecordRejected extends RuntimeException {

	private final Text reason;

	EdiRecordRejected(Text reason) {
		super(reason.key(), null, false, false);
		this.reason = reason;
	}

	Text reason() {
		return reason;
	}

}
