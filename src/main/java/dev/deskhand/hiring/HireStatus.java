package dev.deskhand.hiring;

/**
 * Where a hire is: in its trial ({@code TRIAL}), kept on after it ({@code CONVERTED}), or
 * let go ({@code ENDED}: access and contract ended).
 */
public enum HireStatus {

	TRIAL, CONVERTED, ENDED

}
