package dev.deskhand.parties;

import dev.deskhand.shared.InvalidInputException;

/**
 * A CSV import was refused because of one line; nothing was stored.
 *
 * @see PartyManagement#importCsv
 */
public class ImportRefused extends InvalidInputException {

	private final int line;

	public ImportRefused(int line, String message, String messageKey) {
		super("/csv/" + line, "Line " + line + ": " + message, messageKey);
		this.line = line;
	}

	/** The refused line, counting the header as line 1. */
	public int line() {
		return line;
	}

}
