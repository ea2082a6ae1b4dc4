package dev.deskhand.shipments.internal;

import dev.deskhand.references.ReferenceCandidate;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the shipments module asks whether a reference is valid: it hands the value to the
 * references module's {@link ReferenceChecks} (the one service every parser and form
 * uses) and keeps the answer with the value as written. Pure, so the command line's dry
 * run uses it without a database.
 */
public final class ReferenceCheck {

	private ReferenceCheck() {
	}

	/**
	 * A checked reference.
	 *
	 * @param value normalised as {@link ReferenceChecks#normalise}
	 * @param written as written, stripped
	 * @param reason why it is invalid, or null
	 */
	public record Checked(ReferenceType type, String value, String written, boolean valid, @Nullable Text reason) {
	}

	/** How references are matched: {@link ReferenceChecks#normalise}. */
	public static String normalise(String value) {
		return ReferenceChecks.normalise(value);
	}

	/**
	 * Checks {@code written} as {@code type}; without a type, as the first valid type it
	 * could be (else the first it resembles, else a booking).
	 */
	public static Checked check(@Nullable ReferenceType type, String written) {
		String shown = written.strip();
		ReferenceCandidate c = type != null ? ReferenceChecks.validate(type, written) : recognise(written);
		return new Checked(c.type(), c.normalised(), shown, c.valid(), c.reason());
	}

	private static ReferenceCandidate recognise(String written) {
		List<ReferenceCandidate> candidates = ReferenceChecks.candidates(written);
		for (ReferenceCandidate c : candidates) {
			if (c.valid()) {
				return c;
			}
		}
		return candidates.isEmpty() ? ReferenceChecks.validate(ReferenceType.BOOKING, written) : candidates.get(0);
	}

}
