package dev.deskhand.references;

import dev.deskhand.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a written reference: the type and format it could be, and whether it is
 * a valid one.
 *
 * @param type the kind of reference
 * @param format the scheme, e.g. {@code iso6346}, {@code iata-awb}, {@code upu-s10},
 * {@code ups-1z}, {@code dhl-express}, {@code fedex-12}, {@code gls}, {@code dpd-14}, or
 * {@code pattern:NAME} for a workspace's own pattern
 * @param valid whether the value is a valid reference of this format (check digit,
 * length, owner code, category …); formats without a check digit are valid by their form
 * @param reason why it is not valid (null when valid)
 * @param normalised the value upper-case, without spaces and hyphens
 */
public record ReferenceCandidate(ReferenceType type, String format, boolean valid, @Nullable Text reason,
		String normalised) {

	/** The format's name for people, e.g. "Container number (ISO 6346)". */
	public Text label() {
		return ReferenceFormats.label(format);
	}

}
