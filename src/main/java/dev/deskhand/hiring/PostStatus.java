package dev.deskhand.hiring;

/**
 * Where a job post is: written but not public ({@code DRAFT}), public and taking bids
 * ({@code OPEN}), or no longer taking bids ({@code CLOSED}: closed by a manager or past
 * its closing date).
 */
public enum PostStatus {

	DRAFT, OPEN, CLOSED

}
