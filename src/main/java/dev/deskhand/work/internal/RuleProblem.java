package dev.deskhand.work.internal;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;

/**
 * Bad input to an inbound rule: the API answers the English message; pages show the
 * bundle's {@code key} with {@code args} (the unknown value named) in the reader's
 * language.
 */
public class RuleProblem extends InvalidInputException {

	private final transient Object[] args;

	RuleProblem(String field, String message, String key, Object... args) {
		super(field, Text.of(key, args));
		this.args = args.clone();
	}

	public Object[] args() {
		return args.clone();
	}

}
