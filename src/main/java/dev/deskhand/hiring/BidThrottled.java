package dev.deskhand.hiring;

import dev.deskhand.shared.Text;

/**
 * Too many bids from one address or one source in the last hour: nothing was stored; the
 * bidder should try later (HTTP 429).
 */
public class BidThrottled extends RuntimeException {

	private final Text text;

	public BidThrottled(Text text) {
		super(text.english());
		this.text = text;
	}

	public Text text() {
		return text;
	}

}
