package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.EdiReader.Interchange;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Walks an interchange's envelope and hands each status set or message to its reader.
 * What the envelope checks decide (StAEDI's control schema finds them, this class says
 * what they cost):
 * <ul>
 * <li>a set/message whose trailer count or control number is wrong (SE, UNT) is rejected
 * at the trailer's segment number; the others are read;</li>
 * <li>a group or interchange trailer whose count is wrong (GE, IEA, UNE, UNZ) makes the
 * whole file unreadable: sets may be missing or extra, so nothing of it is stored;</li>
 * <li>a group or interchange trailer whose control number differs from its header's is
 * reported as a rejection at the trailer, and the sets that checked out are kept (the
 * counts say nothing is missing);</li>
 * <li>a set of another type is rejected by name at its header; a file holding no status
 * set at all is unreadable (it is not a status file).</li>
 * </ul>
 */
final class EdiEnvelope {

	private EdiEnvelope() {
	}

	/** The envelope's segment tags and where their control numbers are. */
	record Dialect(String interchange, String interchangeEnd, int interchangeControl, String group, String groupEnd,
			int groupControl, String message, String messageEnd, int messageControl) {
	}

	/** What a format reads inside the envelope. */
	interface Messages {

		/**
		 * Whether the set/message that starts with {@code header} is a status message.
		 */
		boolean reads(Segment header);

		/** Why a set/message of another type is rejected, naming its type. */
		Text otherType(Segment header);

		/** Reads a status set/message (header to trailer, both included). */
		void read(List<Segment> message, List<ParsedEvent> events, List<Rejection> rejected);

	}

	static ParseResult walk(String format, Interchange interchange, Dialect d, Messages messages) {
		List<Segment> segments = interchange.segments();
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Segment interchangeHeader = null;
		Segment groupHeader = null;
		int groups = 0;
		int sets = 0;
		int setsInInterchange = 0;
		boolean anyStatus = false;
		Rejection firstOther = null;
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			String tag = segment.tag();
			if (tag.equals(d.interchange())) {
				interchangeHeader = segment;
				groups = 0;
				setsInInterchange = 0;
			}
			else if (tag.equals(d.group())) {
				groupHeader = segment;
				groups++;
				sets = 0;
			}
			else if (tag.equals(d.message())) {
				int end = end(segments, i, d);
				sets++;
				setsInInterchange++;
				if (!messages.reads(segment)) {
					Rejection other = new Rejection(position(segment), messages.otherType(segment));
					rejected.add(other);
					firstOther = firstOther == null ? other : firstOther;
				}
				else {
					anyStatus = true;
					if (end < 0) {
						rejected.add(new Rejection(position(segment), Text.of("ingest.reject.edi.set-unclosed",
								segment.position(), d.message(), d.messageEnd())));
					}
					else {
						List<Segment> message = segments.subList(i, end + 1);
						Rejection problem = check(message, d);
						if (problem != null) {
							rejected.add(problem);
						}
						else {
							read(messages, message, events, rejected);
						}
					}
				}
				i = end < 0 ? i : end;
			}
			else if (tag.equals(d.groupEnd())) {
				trailer(segment, groupHeader, d.groupControl(), d.group(), sets, rejected);
			}
			else if (tag.equals(d.interchangeEnd())) {
				trailer(segment, interchangeHeader, d.interchangeControl(), d.interchange(),
						groups > 0 ? groups : setsInInterchange, rejected);
			}
		}
		if (!anyStatus && firstOther != null) {
			throw new UnreadableFile(firstOther.position(), firstOther.reason());
		}
		return new ParseResult(format, events, rejected);
	}

	/**
	 * The index of the message's trailer, or -1 when another envelope segment comes
	 * first.
	 */
	private static int end(List<Segment> segments, int start, Dialect d) {
		for (int j = start + 1; j < segments.size(); j++) {
			String tag = segments.get(j).tag();
			if (tag.equals(d.messageEnd())) {
				return j;
			}
			if (tag.equals(d.message()) || tag.equals(d.groupEnd()) || tag.equals(d.interchangeEnd())
					|| tag.equals(d.group()) || tag.equals(d.interchange())) {
				return -1;
			}
		}
		return -1;
	}

	private static @Nullable Rejection check(List<Segment> message, Dialect d) {
		Segment header = message.get(0);
		Segment trailer = message.get(message.size() - 1);
		if (trailer.has(EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)) {
			return new Rejection(position(trailer), Text.of("ingest.reject.edi.set-count", trailer.position(),
					d.messageEnd(), trailer.el(1), message.size()));
		}
		if (trailer.has(EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH)) {
			return new Rejection(position(trailer), Text.of("ingest.reject.edi.set-control", trailer.position(),
					trailer.el(2), d.messageEnd(), header.el(d.messageControl()), d.message()));
		}
		for (Segment segment : message) {
			// a control number shorter than the standard's minimum ("001") still matches
			// or not: only the other findings reject the set
			EdiReader.Problem problem = segment.problems()
				.stream()
				.filter(p -> p.error() != EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT)
				.findFirst()
				.orElse(null);
			if (problem != null) {
				return new Rejection(position(segment), Text.of("ingest.reject.edi.segment-error", segment.position(),
						segment.tag(), problem.element(), describe(problem.error())));
			}
		}
		return null;
	}

	private static void read(Messages messages, List<Segment> message, List<ParsedEvent> events,
			List<Rejection> rejected) {
		try {
			messages.read(message, events, rejected);
		}
		catch (EdiRecordRejected e) {
			rejected.add(new Rejection(position(message.get(0)), e.reason()));
		}
	}

	private static void trailer(Segment trailer, @Nullable Segment header, int control, String headerTag, int found,
			List<Rejection> rejected) {
		if (trailer.has(EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT)) {
			throw new UnreadableFile(position(trailer), Text.of("ingest.reject.edi.envelope-count", trailer.position(),
					trailer.tag(), trailer.el(1), found));
		}
		String headerControl = header == null ? "" : header.el(control);
		if (trailer.has(EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH)
				&& !sameNumber(headerControl, trailer.el(2))) {
			rejected.add(new Rejection(position(trailer), Text.of("ingest.reject.edi.envelope-control",
					trailer.position(), trailer.el(2), trailer.tag(), headerControl, headerTag)));
		}
	}

	/**
	 * Group and interchange control numbers are numbers (X12 N0): {@code 001} in the
	 * trailer is the {@code 000000001} of a header padded to its fixed width.
	 */
	private static boolean sameNumber(String a, String b) {
		return a.matches("\\d{1,18}") && b.matches("\\d{1,18}") && Long.parseLong(a) == Long.parseLong(b);
	}

	static String position(Segment segment) {
		return String.valueOf(segment.position());
	}

	private static String describe(EDIStreamValidationError error) {
		return error.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
