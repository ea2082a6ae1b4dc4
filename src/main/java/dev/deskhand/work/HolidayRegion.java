package dev.deskhand.work;

import org.jspecify.annotations.Nullable;

/**
 * A region whose public holidays a business calendar can close on.
 *
 * @param code the ISO 3166 country ({@code DK}), or country and subdivision
 * ({@code DE-SN})
 * @param name its name in the asked language, e.g. {@code Tyskland – Sachsen}
 */
public record HolidayRegion(String code, String name) {

	/** The country part of the code. */
	public String country() {
		int dash = code.indexOf('-');
		return dash < 0 ? code : code.substring(0, dash);
	}

	/** The subdivision ({@code DE-SN}), or null for a whole country. */
	public @Nullable String subdivision() {
		return code.indexOf('-') < 0 ? null : code;
	}

}
