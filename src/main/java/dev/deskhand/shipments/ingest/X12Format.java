package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;

/** PLACEHOLDER owned by the edi stream: replace this whole file. */
public final class X12Format implements EventFormat {

	@Override
	public String name() {
		return "x12";
	}

	@Override
	public boolean recognises(byte[] content) {
		return false;
	}

	@Override
	public ParseResult parse(byte[] content) {
		throw new UnreadableFile("1", Text.of("ingest.reject.unknown-format", name()));
	}

}
