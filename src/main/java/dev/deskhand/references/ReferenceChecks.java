package dev.deskhand.references;

import dev.deskhand.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Recognises and validates written references without any data: ISO 6346 container
 * numbers, IATA air waybills, UPU S10 items, UPS 1Z and the other courier formats, and
 * plausible bookings and bills of lading (no check digit exists for those, so they are
 * valid by their form). Order and invoice numbers come only from a workspace's own
 * patterns ({@link ReferenceManagement}). Pure and cheap: the ingest calls it for every
 * reference of every event.
 */
public final class ReferenceChecks {

	/** The format of a workspace pattern is this prefix and the pattern's name. */
	public static final String PATTERN_PREFIX = "pattern:";

	/** Longer values are no reference (and are not looked at further). */
	public static final int MAX_LENGTH = 64;

	private ReferenceChecks() {
	}

	/**
	 * Every type and format {@code value} could be, each valid or invalid with its
	 * reason; empty when it resembles none. Never throws.
	 */
	public static List<ReferenceCandidate> candidates(@Nullable String value) {
		String v = normalise(value);
		if (v.isEmpty() || v.length() > MAX_LENGTH || !alphanumeric(v)) {
			return List.of();
		}
		List<ReferenceCandidate> out = new ArrayList<>(4);
		boolean distinctive = false;
		ReferenceCandidate container = container(v, false);
		if (container != null) {
			out.add(container);
			distinctive = true;
		}
		ReferenceCandidate awb = airWaybill(v, false);
		if (awb != null) {
			out.add(awb);
		}
		for (ReferenceFormats.Format format : ReferenceFormats.TRACKING) {
			if (format.fits(v.length())) {
				ReferenceCandidate c = match(format, v);
				if (c != null) {
					out.add(c);
					distinctive |= format.distinctive();
				}
			}
		}
		if (!distinctive) {
			ReferenceCandidate bl = billOfLading(v, false);
			if (bl != null) {
				out.add(bl);
			}
			ReferenceCandidate booking = booking(v, false);
			if (booking != null) {
				out.add(booking);
			}
		}
		return out;
	}

	/**
	 * The verdict for {@code value} read as {@code type}: a valid candidate of that type
	 * if there is one, else the most telling invalid one (wrong check digit, wrong
	 * length, bad owner code or category …). Order and invoice numbers have no built-in
	 * form: any non-blank value is accepted here ({@code unchecked}); a workspace's
	 * patterns decide through {@link ReferenceManagement}.
	 */
	public static ReferenceCandidate validate(ReferenceType type, @Nullable String value) {
		String v = normalise(value);
		if (v.isEmpty()) {
			return invalid(type, format(type), Text.of("refs.reason.empty"), v);
		}
		if (v.length() > MAX_LENGTH || !alphanumeric(v)) {
			return invalid(type, format(type), Text.of("refs.reason.characters"), v);
		}
		return switch (type) {
			case CONTAINER -> container(v, true);
			case AIR_WAYBILL -> airWaybill(v, true);
			case BILL_OF_LADING -> billOfLading(v, true);
			case BOOKING -> booking(v, true);
			case ORDER, INVOICE -> new ReferenceCandidate(type, "unchecked", true, null, v);
			case TRACKING_NUMBER -> tracking(v);
		};
	}

	private static ReferenceCandidate tracking(String v) {
		ReferenceCandidate firstInvalid = null;
		for (ReferenceFormats.Format format : ReferenceFormats.TRACKING) {
			if (format.fits(v.length())) {
				ReferenceCandidate c = match(format, v);
				if (c != null) {
					if (c.valid()) {
						return c;
					}
					if (firstInvalid == null) {
						firstInvalid = c;
					}
				}
			}
		}
		return firstInvalid != null ? firstInvalid
				: invalid(ReferenceType.TRACKING_NUMBER, "tracking", Text.of("refs.reason.tracking-unknown"), v);
	}

	/**
	 * The verdict of one named format ({@code iso6346}, {@code iata-awb},
	 * {@code upu-s10}, {@code ups-1z}, {@code dhl-express}, {@code fedex-12},
	 * {@code dpd-14}, {@code gls} …: the {@code format} of the candidates), for a caller
	 * that knows the carrier; null for a format that does not exist.
	 */
	public static @Nullable ReferenceCandidate validate(String format, @Nullable String value) {
		String v = normalise(value);
		return switch (format) {
			case "iso6346" -> container(v, true);
			case "iata-awb" -> airWaybill(v, true);
			case "bill-of-lading" -> billOfLading(v, true);
			case "booking" -> booking(v, true);
			default -> {
				ReferenceFormats.Format f = ReferenceFormats.tracking(format);
				if (f == null) {
					yield null;
				}
				ReferenceCandidate c = f.fits(v.length()) ? match(f, v) : null;
				yield c != null ? c : invalid(ReferenceType.TRACKING_NUMBER, format,
						Text.of("refs.reason.form", ReferenceFormats.label(format)), v);
			}
		};
	}

	private static @Nullable ReferenceCandidate match(ReferenceFormats.Format format, String v) {
		Matcher m = format.pattern().matcher(v);
		if (!m.matches()) {
			return null;
		}
		Text reason = format.check() == null ? null : format.check().test(m, v);
		return new ReferenceCandidate(ReferenceType.TRACKING_NUMBER, format.id(), reason == null, reason, v);
	}

	/**
	 * ISO 6346: owner code (3 letters), equipment category U, J or Z, serial (6 digits)
	 * and check digit; a remainder of 10 is written 0 (the standard advises against
	 * serials that need it, but they exist). {@code strict}: answer for any value;
	 * otherwise only for values shaped like a container number (4 letters, 6 or 7
	 * digits).
	 */
	static @Nullable ReferenceCandidate container(String v, boolean strict) {
		int n = v.length();
		boolean shaped = (n == 10 || n == 11) && letters(v, 0, 4) && digits(v, 4, n);
		if (!shaped) {
			if (!strict) {
				return null;
			}
			if (n >= 4 && !letters(v, 0, 3)) {
				return invalid(ReferenceType.CONTAINER, "iso6346", Text.of("refs.reason.owner"), v);
			}
			if (n >= 4 && !letters(v, 3, 4)) {
				return invalid(ReferenceType.CONTAINER, "iso6346", Text.of("refs.reason.category", v.charAt(3)), v);
			}
			if (n >= 4 && n <= 11 && !digits(v, 4, n)) {
				return invalid(ReferenceType.CONTAINER, "iso6346", Text.of("refs.reason.container-digits"), v);
			}
			return invalid(ReferenceType.CONTAINER, "iso6346",
					Text.of("refs.reason.length", Text.of("refs.format.iso6346"), 11, n), v);
		}
		char category = v.charAt(3);
		if (category != 'U' && category != 'J' && category != 'Z') {
			return invalid(ReferenceType.CONTAINER, "iso6346", Text.of("refs.reason.category", category), v);
		}
		if (n == 10) {
			return invalid(ReferenceType.CONTAINER, "iso6346",
					Text.of("refs.reason.check-digit-missing", CheckDigits.iso6346(v + "0", 0)), v);
		}
		Text reason = ReferenceFormats.expect(v, 10, CheckDigits.iso6346(v, 0));
		return new ReferenceCandidate(ReferenceType.CONTAINER, "iso6346", reason == null, reason, v);
	}

	/**
	 * IATA air waybill: airline prefix (3 digits) and serial (8 digits), whose last digit
	 * is the first seven mod 7.
	 */
	static @Nullable ReferenceCandidate airWaybill(String v, boolean strict) {
		if (v.length() != 11 || !digits(v, 0, 11)) {
			return strict ? invalid(ReferenceType.AIR_WAYBILL, "iata-awb",
					Text.of("refs.reason.length", Text.of("refs.format.iata-awb"), 11, v.length()), v) : null;
		}
		Text reason = ReferenceFormats.expect(v, 10, CheckDigits.mod7(v, 3, 10));
		return new ReferenceCandidate(ReferenceType.AIR_WAYBILL, "iata-awb", reason == null, reason, v);
	}

	/**
	 * A bill of lading as carriers print it: the carrier's SCAC (4 letters) and 6 to 14
	 * letters or digits, at least one of them a digit. No check digit exists.
	 */
	static @Nullable ReferenceCandidate billOfLading(String v, boolean strict) {
		int n = v.length();
		boolean plausible = n >= 10 && n <= 18 && letters(v, 0, 4) && hasDigit(v, 4);
		if (plausible) {
			return new ReferenceCandidate(ReferenceType.BILL_OF_LADING, "bill-of-lading", true, null, v);
		}
		return strict
				? invalid(ReferenceType.BILL_OF_LADING, "bill-of-lading", Text.of("refs.reason.bill-of-lading"), v)
				: null;
	}

	/**
	 * A booking: 6 to 20 letters or digits, at least one digit. No check digit exists.
	 */
	static @Nullable ReferenceCandidate booking(String v, boolean strict) {
		int n = v.length();
		if (n >= 6 && n <= 20 && hasDigit(v, 0)) {
			return new ReferenceCandidate(ReferenceType.BOOKING, "booking", true, null, v);
		}
		return strict ? invalid(ReferenceType.BOOKING, "booking", Text.of("refs.reason.booking"), v) : null;
	}

	private static String format(ReferenceType type) {
		return switch (type) {
			case CONTAINER -> "iso6346";
			case AIR_WAYBILL -> "iata-awb";
			case BILL_OF_LADING -> "bill-of-lading";
			case BOOKING -> "booking";
			case ORDER, INVOICE -> "unchecked";
			case TRACKING_NUMBER -> "tracking";
		};
	}

	private static ReferenceCandidate invalid(ReferenceType type, String format, Text reason, String v) {
		return new ReferenceCandidate(type, format, false, reason, v);
	}

	/**
	 * A normalised reference as people write it: an air waybill as its airline prefix, a
	 * hyphen and the serial ({@code 020-12345675}, as printed on the waybill); every
	 * other type as it is.
	 */
	public static String display(ReferenceType type, String normalised) {
		if (type == ReferenceType.AIR_WAYBILL && normalised.length() == 11
				&& normalised.chars().allMatch(Character::isDigit)) {
			return normalised.substring(0, 3) + "-" + normalised.substring(3);
		}
		return normalised;
	}

	/**
	 * The value upper-case without spaces, hyphens and other separators people type
	 * (white space, '-', '.', '/'); the same string when nothing changes.
	 */
	public static String normalise(@Nullable String value) {
		if (value == null) {
			return "";
		}
		int n = value.length();
		boolean clean = n > 0;
		for (int i = 0; i < n && clean; i++) {
			char c = value.charAt(i);
			clean = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		if (clean) {
			return value;
		}
		StringBuilder b = new StringBuilder(Math.min(n, MAX_LENGTH + 1));
		for (int i = 0; i < n && b.length() <= MAX_LENGTH; i++) {
			char c = value.charAt(i);
			if (c == '-' || c == '.' || c == '/' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
		}
		return b.toString();
	}

	private static boolean alphanumeric(String v) {
		for (int i = 0; i < v.length(); i++) {
			char c = v.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

	private static boolean letters(String v, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = v.charAt(i);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private static boolean digits(String v, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = v.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean hasDigit(String v, int from) {
		for (int i = from; i < v.length(); i++) {
			char c = v.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

}
