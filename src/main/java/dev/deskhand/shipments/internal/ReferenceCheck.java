package dev.deskhand.shipments.internal;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place the shipments module asks whether a reference is valid: its type (given,
 * or recognised from the value), its normalised value (upper case, no spaces, hyphens or
 * dots) and its verdict with the reason. Pure, so the command line's dry run uses it
 * without a database. Until the references module's checks land this applies the ISO 6346
 * container check digit and the IATA air waybill mod 7 check itself.
 */
public final class ReferenceCheck {

	private static final Pattern CONTAINER = Pattern.compile("[A-Z]{3}[UJZ][0-9]{7}");

	private static final Pattern CONTAINER_LIKE = Pattern.compile("[A-Z]{4}[0-9]{7}");

	private static final Pattern AWB = Pattern.compile("[0-9]{11}");

	private static final Pattern UPS = Pattern.compile("1Z[0-9A-Z]{16}");

	private static final Pattern PLAIN = Pattern.compile("[0-9A-Z/._]{1,35}");

	private ReferenceCheck() {
	}

	/**
	 * A checked reference.
	 *
	 * @param value normalised: upper case, no spaces, hyphens or dots
	 * @param written as written, stripped
	 * @param reason why it is invalid, or null
	 */
	public record Checked(ReferenceType type, String value, String written, boolean valid, @Nullable Text reason) {
	}

	/** Upper case without spaces, hyphens and dots: how references are matched. */
	public static String normalise(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!Character.isWhitespace(c) && c != '-' && c != '.' && c != '\u00a0') {
				out.append(c);
			}
		}
		return out.toString().toUpperCase(Locale.ROOT);
	}

	/** Checks {@code written} as {@code type}, or as the type it looks like when null. */
	public static Checked check(@Nullable ReferenceType type, String written) {
		String value = normalise(written);
		String shown = written.strip();
		ReferenceType t = type != null ? type : recognise(value);
		if (value.isEmpty()) {
			return new Checked(t, value, shown, false, Text.of("shipments.core.ref.empty"));
		}
		if (value.length() > 35) {
			return new Checked(t, value, shown, false, Text.of("shipments.core.ref.too-long", 35));
		}
		return switch (t) {
			case CONTAINER -> container(value, shown);
			case AIR_WAYBILL -> airWaybill(value, shown);
			default -> PLAIN.matcher(value).matches() ? new Checked(t, value, shown, true, null)
					: new Checked(t, value, shown, false, Text.of("shipments.core.ref.characters"));
		};
	}

	/** The type a value without one looks like; a booking when nothing more specific. */
	static ReferenceType recognise(String value) {
		if (CONTAINER_LIKE.matcher(value).matches()) {
			return ReferenceType.CONTAINER;
		}
		if (UPS.matcher(value).matches()) {
			return ReferenceType.TRACKING_NUMBER;
		}
		return ReferenceType.BOOKING;
	}

	private static Checked container(String value, String shown) {
		if (!CONTAINER.matcher(value).matches()) {
			return new Checked(ReferenceType.CONTAINER, value, shown, false, Text.of("shipments.core.ref.container"));
		}
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = value.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : letter(c);
			sum += v << i;
		}
		int check = sum % 11 % 10;
		if (check != value.charAt(10) - '0') {
			return new Checked(ReferenceType.CONTAINER, value, shown, false,
					Text.of("shipments.core.ref.check-digit", String.valueOf(value.charAt(10)), String.valueOf(check)));
		}
		return new Checked(ReferenceType.CONTAINER, value, shown, true, null);
	}

	/** ISO 6346 letter values: A = 10 upwards, skipping the multiples of 11. */
	private static int letter(char c) {
		int v = 10;
		for (char x = 'A'; x < c; x++) {
			v++;
			if (v % 11 == 0) {
				v++;
			}
		}
		return v;
	}

	private static Checked airWaybill(String value, String shown) {
		if (!AWB.matcher(value).matches()) {
			return new Checked(ReferenceType.AIR_WAYBILL, value, shown, false, Text.of("shipments.core.ref.awb"));
		}
		long serial = Long.parseLong(value.substring(3, 10));
		int check = (int) (serial % 7);
		if (check != value.charAt(10) - '0') {
			return new Checked(ReferenceType.AIR_WAYBILL, value, shown, false,
					Text.of("shipments.core.ref.check-digit", String.valueOf(value.charAt(10)), String.valueOf(check)));
		}
		return new Checked(ReferenceType.AIR_WAYBILL, value, shown, true, null);
	}

}
