package dev.deskhand.references;

/**
 * References recorded in a period: how many were entered (first entries), how many of
 * those were invalid, and how many corrections followed.
 */
public record DocumentationQuality(long recorded, long invalid, long corrected) {

	/** Invalid share of the recorded references, 0 when none were. */
	public double errorRate() {
		return recorded == 0 ? 0 : (double) invalid / recorded;
	}

}
