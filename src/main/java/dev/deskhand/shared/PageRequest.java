package dev.deskhand.shared;

/**
 * A page of a list, counted from 0. Size is clamped to 1..200 so no client can ask for an
 * unbounded list.
 */
public record PageRequest(int page, int size) {
	public static final int MAX_SIZE = 200;

	public PageRequest {
		page = Math.max(0, page);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	public static PageRequest of(int page, int size) {
		return new PageRequest(page, size);
	}

	public long offset() {
		return (long) page * size;
	}
}
