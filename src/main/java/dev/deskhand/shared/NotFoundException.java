package dev.deskhand.shared;

/**
 * The record does not exist, or exists where the caller may not know of it: both answer
 * 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
