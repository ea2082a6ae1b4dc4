package dev.deskhand.work.internal;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;

/**
 * Bad input to an inbound rule: the bundle's {@code key} with {@code args} (the unknown
 * value named), in the reader's language on pages and the caller's in the API;
 * {@code message} says the same in English where the rule is written.
 */
public class RuleProblem extends InvalidInputException {

	RuleProblem(String field, String message, String key, Object... args) {
		super(field, Text.of(key, args));
	}

}
