package dev.deskhand.shipments.ingest;

import dev.deskhand.shipments.ingest.EdiReader.Segment;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Small things the X12 and EDIFACT formats share. */
final class EdiFormats {

	private EdiFormats() {
	}

	/**
	 * Where the interchange starts: after a UTF-8 byte order mark and leading white
	 * space.
	 */
	static int start(byte[] content) {
		int i = 0;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			i = 3;
		}
		while (i < content.length
				&& (content[i] == ' ' || content[i] == '\r' || content[i] == '\n' || content[i] == '\t')) {
			i++;
		}
		return i;
	}

	/** The content from {@link #start}. */
	static byte[] strip(byte[] content) {
		int start = start(content);
		return start == 0 ? content : Arrays.copyOfRange(content, start, content.length);
	}

	/** The segments' text, one a line, as kept with an event. */
	static String raw(List<Segment> segments) {
		return segments.stream().map(Segment::text).collect(Collectors.joining("\n"));
	}

}
