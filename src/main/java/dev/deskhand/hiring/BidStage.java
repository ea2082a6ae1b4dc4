package dev.deskhand.hiring;

/**
 * A bid's place in its post's pipeline: {@code NEW} → {@code SHORTLISTED} →
 * {@code INTERVIEW} → {@code OFFER} → {@code HIRED}, or {@code DECLINED} (with a reason)
 * from any open stage; {@code WITHDRAWN} by the bidder through the bid's link.
 */
public enum BidStage {

	NEW, SHORTLISTED, INTERVIEW, OFFER, HIRED, DECLINED, WITHDRAWN;

	/** Still in the running: neither hired, declined nor withdrawn. */
	public boolean open() {
		return this != HIRED && this != DECLINED && this != WITHDRAWN;
	}

}
