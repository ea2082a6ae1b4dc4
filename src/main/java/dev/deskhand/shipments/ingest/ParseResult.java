package dev.deskhand.shipments.ingest;

import java.util.List;

/**
 * What a parser read from one file: the events, in file order, and the records it
 * refused.
 */
public record ParseResult(String format, List<ParsedEvent> events, List<Rejection> rejected) {

	public ParseResult {
		events = List.copyOf(events);
		rejected = List.copyOf(rejected);
	}

}
