package dev.deskhand.references.internal;

import dev.deskhand.references.ReferencePattern;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a workspace pattern before it is saved, and matches values against saved ones
 * with a bounded amount of work. A Java regular expression can backtrack exponentially
 * ({@code (a+)+b}); such a pattern is refused at save by matching it against hostile
 * inputs built from its example with a budget, and every match at run time has the same
 * budget (a value over it counts as not matching), so one bad pattern cannot stall the
 * ingest. The budget counts characters the engine reads rather than milliseconds: a time
 * box that answers the same on a loaded machine.
 */
public final class PatternChecks {

	/** The longest regex accepted. */
	public static final int MAX_REGEX = 200;

	/** Character reads one match may take (a sane pattern needs a few hundred). */
	static final int BUDGET = 200_000;

	static final Set<ReferenceType> TYPES = EnumSet.of(ReferenceType.ORDER, ReferenceType.INVOICE,
			ReferenceType.BOOKING, ReferenceType.BILL_OF_LADING);

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private PatternChecks() {
	}

	/**
	 * The compiled pattern.
	 * @throws InvalidInputException for {@code /name}, {@code /type}, {@code /regex} or
	 * {@code /example}
	 */
	public static Pattern checked(ReferencePattern p) {
		if (p.name() == null || !NAME.matcher(p.name()).matches()) {
			throw new InvalidInputException("name", Text.of("refs.pattern.name"));
		}
		if (p.type() == null || !TYPES.contains(p.type())) {
			throw new InvalidInputException("type", Text.of("refs.pattern.type"));
		}
		return checked(p.regex(), p.example());
	}

	/**
	 * The compiled regular expression, when it is short, compiles, does not backtrack
	 * catastrophically and matches the example: the part of
	 * {@link #checked(ReferencePattern)} a form checks as the person types.
	 * @throws InvalidInputException for {@code /regex} or {@code /example}
	 */
	public static Pattern checked(@Nullable String regexText, @Nullable String exampleText) {
		String regex = regexText == null ? "" : regexText;
		if (regex.isBlank() || regex.length() > MAX_REGEX) {
			throw new InvalidInputException("regex", Text.of("refs.pattern.regex-length", MAX_REGEX));
		}
		Pattern compiled;
		try {
			compiled = Pattern.compile(regex);
		}
		catch (PatternSyntaxException e) {
			throw new InvalidInputException("regex",
					Text.of("refs.pattern.regex-syntax", e.getDescription(), Math.max(e.getIndex(), 0)));
		}
		String example = exampleText == null ? "" : exampleText.strip();
		if (example.isEmpty() || example.length() > 64) {
			throw new InvalidInputException("example", Text.of("refs.pattern.example-length"));
		}
		for (String hostile : hostile(example)) {
			if (matches(compiled, hostile) == Verdict.TOO_COSTLY) {
				throw new InvalidInputException("regex", Text.of("refs.pattern.catastrophic"));
			}
		}
		if (matches(compiled, example) != Verdict.MATCH) {
			throw new InvalidInputException("example", Text.of("refs.pattern.example-mismatch", example));
		}
		return compiled;
	}

	/**
	 * Inputs that make a backtracking pattern show itself: long runs that fail at the
	 * end.
	 */
	private static String[] hostile(String example) {
		String longExample = example.repeat(64 / example.length() + 1).substring(0, 64);
		return new String[] { example + "!", longExample + "!", "a".repeat(64) + "!", "A".repeat(64) + "!",
				"0".repeat(64) + "!", "-".repeat(64) + "!", " ".repeat(64) + "!",
				longExample.replaceAll("[0-9]", "0") + "!", longExample.replaceAll("[A-Za-z]", "a") + "!" };
	}

	/** How a budgeted match ended. */
	public enum Verdict {

		MATCH, NO_MATCH, TOO_COSTLY

	}

	/** Whether {@code value} matches all of {@code pattern}, within the budget. */
	public static Verdict matches(Pattern pattern, String value) {
		Budgeted input = new Budgeted(value);
		try {
			return pattern.matcher(input).matches() ? Verdict.MATCH : Verdict.NO_MATCH;
		}
		catch (OverBudget e) {
			return Verdict.TOO_COSTLY;
		}
		catch (StackOverflowError e) {
			return Verdict.TOO_COSTLY;
		}
	}

	private static final class OverBudget extends RuntimeException {

		OverBudget() {
			super(null, null, false, false);
		}

	}

	/** A string that stops the matcher after {@link #BUDGET} reads. */
	private static final class Budgeted implements CharSequence {

		private final String s;

		private int reads;

		Budgeted(String s) {
			this.s = s;
		}

		@Override
		public int length() {
			return s.length();
		}

		@Override
		public char charAt(int index) {
			if (++reads > BUDGET) {
				throw new OverBudget();
			}
			return s.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return s.subSequence(start, end);
		}

		@Override
		public String toString() {
			return s;
		}

	}

}
