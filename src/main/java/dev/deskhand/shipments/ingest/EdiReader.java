package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an X12 or EDIFACT interchange into its segments with StAEDI: the delimiters come
 * from the envelope (ISA, UNA/UNB), the release character is honoured, and StAEDI's
 * control schema checks the envelope (ST/SE, GS/GE, ISA/IEA, UNH/UNT, UNB/UNZ counts and
 * control numbers); its findings are kept on the segment they concern. No transaction
 * schema is used: the formats read the segments themselves. A file that ends before its
 * interchange trailer, or whose syntax breaks, is an {@link UnreadableFile} naming the
 * segment number (counted from 1 at the start of the file).
 */
final class EdiReader {

	/**
	 * StAEDI reports its own schema's unused types at INFO through java.util.logging when
	 * it first loads; that is noise on the command line's stderr. Held here so the
	 * setting is not collected with the logger.
	 */
	private static final java.util.logging.Logger STAEDI_LOG = quiet();

	private static final EDIInputFactory FACTORY = factory();

	private static java.util.logging.Logger quiet() {
		java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.xlate.edi");
		log.setLevel(java.util.logging.Level.WARNING);
		return log;
	}

	private EdiReader() {
	}

	private static EDIInputFactory factory() {
		EDIInputFactory factory = EDIInputFactory.newFactory();
		factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
		factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
		// line breaks a mailer or a fixed-width transfer put inside segments are not data
		factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
		return factory;
	}

	/** A finding of StAEDI's control schema on one element of a segment. */
	record Problem(EDIStreamValidationError error, int element) {
	}

	/** One segment, its elements (each a list of components) and StAEDI's findings. */
	record Segment(int position, String tag, List<List<String>> elements, List<Problem> problems, String text) {

		/** Element {@code i} (1-based), its first component; empty when absent. */
		String el(int i) {
			return comp(i, 1);
		}

		/** Component {@code c} of element {@code i}, both 1-based; empty when absent. */
		String comp(int i, int c) {
			if (i < 1 || i > elements.size()) {
				return "";
			}
			List<String> components = elements.get(i - 1);
			return c < 1 || c > components.size() ? "" : components.get(c - 1).trim();
		}

		boolean has(EDIStreamValidationError error) {
			return problems.stream().anyMatch(p -> p.error() == error);
		}

	}

	/** The segments of one file, in order, with the standard StAEDI found. */
	record Interchange(String standard, List<Segment> segments) {
	}

	/**
	 * All segments of the file.
	 * @param trailer the name of the interchange trailer ({@code IEA}, {@code UNZ}), for
	 * the message when the file is cut off
	 */
	static Interchange read(byte[] content, String trailer) {
		List<Segment> segments = new ArrayList<>();
		String standard = "";
		int completed = 0;
		boolean ended = false;
		try (EDIStreamReader reader = FACTORY.createEDIStreamReader(new ByteArrayInputStream(content))) {
			Builder current = null;
			List<Problem> pending = new ArrayList<>();
			while (reader.hasNext()) {
				EDIStreamEvent event = reader.next();
				Location location = reader.getLocation();
				switch (event) {
					case START_INTERCHANGE -> {
						standard = reader.getStandard();
						ended = false;
					}
					case END_INTERCHANGE -> ended = true;
					case START_SEGMENT -> {
						if ("UNA".equals(reader.getText())) {
							// the service string advice, not a segment: UNB is segment 1
							continue;
						}
						current = new Builder(completed + 1, reader.getText());
						current.problems.addAll(pending);
						pending.clear();
					}
					case END_SEGMENT -> {
						if (current != null) {
							segments.add(current.build(reader.getDelimiters()));
							completed = current.position;
							current = null;
						}
					}
					case ELEMENT_DATA -> {
						if (current != null) {
							current.put(location, reader.getText());
						}
					}
					case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
						Problem problem = new Problem(reader.getErrorType(), location.getElementPosition());
						if (current != null) {
							current.problems.add(problem);
						}
						else {
							pending.add(problem);
						}
					}
					default -> {
					}
				}
			}
		}
		catch (UnreadableFile e) {
			throw e;
		}
		catch (Exception | StackOverflowError e) {
			String message = String.valueOf(e.getMessage());
			if (message.contains("end of stream")) {
				throw truncated(completed, trailer);
			}
			throw new UnreadableFile(String.valueOf(completed + 1),
					Text.of("ingest.reject.edi.syntax", completed + 1, plain(message)));
		}
		if (segments.isEmpty()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.edi.empty"));
		}
		if (!ended) {
			throw truncated(completed, trailer);
		}
		return new Interchange(standard, List.copyOf(segments));
	}

	private static UnreadableFile truncated(int completed, String trailer) {
		return new UnreadableFile(String.valueOf(completed + 1),
				Text.of("ingest.reject.edi.truncated", completed + 1, trailer));
	}

	/** StAEDI's message without its internal error code prefix. */
	private static String plain(String message) {
		return message.replaceFirst("^EDIE\\d+ - ", "");
	}

	private static final class Builder {

		private final int position;

		private final String tag;

		private final List<List<String>> elements = new ArrayList<>();

		private final List<Problem> problems = new ArrayList<>();

		Builder(int position, @Nullable String tag) {
			this.position = position;
			this.tag = tag == null ? "" : tag;
		}

		void put(Location location, @Nullable String text) {
			int element = location.getElementPosition();
			if (element < 1 || location.getElementOccurrence() > 1 || element > 999) {
				return;
			}
			while (elements.size() < element) {
				elements.add(new ArrayList<>());
			}
			List<String> components = elements.get(element - 1);
			int component = Math.max(1, location.getComponentPosition());
			if (component > 99) {
				return;
			}
			while (components.size() < component) {
				components.add("");
			}
			components.set(component - 1, text == null ? "" : text);
		}

		Segment build(Map<String, Character> delimiters) {
			char elementSeparator = delimiters.getOrDefault(Delimiters.DATA_ELEMENT, '*');
			char componentSeparator = delimiters.getOrDefault(Delimiters.COMPONENT_ELEMENT, ':');
			char terminator = delimiters.getOrDefault(Delimiters.SEGMENT, '~');
			StringBuilder text = new StringBuilder(tag);
			List<List<String>> copy = new ArrayList<>();
			for (List<String> components : elements) {
				text.append(elementSeparator).append(String.join(String.valueOf(componentSeparator), components));
				copy.add(List.copyOf(components));
			}
			text.append(terminator);
			return new Segment(position, tag, List.copyOf(copy), List.copyOf(problems), text.toString());
		}

	}

}
