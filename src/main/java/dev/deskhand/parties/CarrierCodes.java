package dev.deskhand.parties;

import org.jspecify.annotations.Nullable;

/**
 * How tracking events name a carrier, and where its public tracking page is.
 *
 * @param scac the Standard Carrier Alpha Code ({@code MAEU}), 2 to 4 capital letters
 * @param iataPrefix the airline's three-digit air waybill prefix ({@code 020})
 * @param trackingUrlTemplate the carrier's tracking page with {@code {reference}} where
 * the reference goes ({@code https://track.example/?n={reference}})
 */
public record CarrierCodes(@Nullable String scac, @Nullable String iataPrefix, @Nullable String trackingUrlTemplate) {

	/** The carrier's tracking page for a reference, or null without a template. */
	public @Nullable String trackingUrl(String reference) {
		return trackingUrlTemplate == null ? null : trackingUrlTemplate.replace("{reference}",
				java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8));
	}

}
