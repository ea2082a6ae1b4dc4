package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.EdiReader.Interchange;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import java.util.List;

/**
 * ANSI X12 status sets: 214 (Transportation Carrier Shipment Status, read by
 * {@link X12ShipmentStatus}) and 315 (Status Details (Ocean), read by
 * {@link X12OceanStatus}). Delimiters come from the fixed-width ISA header; envelope
 * counts and control numbers are checked as {@link EdiEnvelope} describes; every other
 * transaction set is rejected by name. Positions are segment numbers counted from 1 at
 * the start of the file (the ISA is 1).
 */
public final class X12Format implements EventFormat {

	private static final EdiEnvelope.Dialect DIALECT = new EdiEnvelope.Dialect("ISA", "IEA", 13, "GS", "GE", 6, "ST",
			"SE", 2);

	private static final EdiEnvelope.Messages SETS = new EdiEnvelope.Messages() {

		@Override
		public boolean reads(Segment header) {
			return header.el(1).equals("214") || header.el(1).equals("315");
		}

		@Override
		public Text otherType(Segment header) {
			String type = header.el(1);
			String name = X12Codes.OTHER_SETS.get(type);
			return name == null ? Text.of("ingest.reject.edi.x12-other-unnamed", type)
					: Text.of("ingest.reject.edi.x12-other", type, name);
		}

		@Override
		public void read(List<Segment> set, List<ParsedEvent> events, List<Rejection> rejected) {
			if (set.get(0).el(1).equals("214")) {
				X12ShipmentStatus.read(set, events, rejected);
			}
			else {
				X12OceanStatus.read(set, events, rejected);
			}
		}

	};

	/** The fixed widths of ISA01 … ISA15 (ISA16 is one character). */
	private static final int[] ISA_WIDTHS = { 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1 };

	/**
	 * ISA fields that are numbers: padded with zeros on the left, the others with spaces
	 * on the right.
	 */
	private static final java.util.Set<Integer> ISA_NUMBERS = java.util.Set.of(9, 10, 13, 14);

	/**
	 * The content with its ISA padded to the fixed widths when a sender trimmed the
	 * fields ({@code ISA*00* *00* *02*SCAC *…}): the delimiters are still unambiguous
	 * (the element separator follows "ISA", the component separator follows the 16th, the
	 * terminator follows it), and StAEDI reads them from the fixed places. A field longer
	 * than its width is left for StAEDI to refuse.
	 */
	static byte[] fixedWidthIsa(byte[] content) {
		if (content.length < 4) {
			return content;
		}
		byte separator = content[3];
		int[] at = new int[16];
		int found = 0;
		for (int i = 3; i < content.length && found < 16; i++) {
			if (content[i] == separator) {
				at[found++] = i;
			}
		}
		if (found < 16 || at[15] == 103 || at[15] + 2 >= content.length) {
			return content;
		}
		java.io.ByteArrayOutputStream isa = new java.io.ByteArrayOutputStream();
		isa.write('I');
		isa.write('S');
		isa.write('A');
		for (int k = 0; k < 15; k++) {
			byte[] field = java.util.Arrays.copyOfRange(content, at[k] + 1, at[k + 1]);
			int width = ISA_WIDTHS[k];
			if (field.length > width) {
				return content;
			}
			isa.write(separator);
			boolean number = ISA_NUMBERS.contains(k + 1) && field.length > 0;
			if (number) {
				isa.writeBytes("0".repeat(width - field.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			}
			isa.writeBytes(field);
			if (!number) {
				isa.writeBytes(" ".repeat(width - field.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			}
		}
		isa.write(separator);
		isa.write(content, at[15] + 1, content.length - at[15] - 1);
		return isa.toByteArray();
	}

	@Override
	public String name() {
		return "x12";
	}

	@Override
	public boolean recognises(byte[] content) {
		int start = EdiFormats.start(content);
		return content.length >= start + 4 && content[start] == 'I' && content[start + 1] == 'S'
				&& content[start + 2] == 'A' && !Character.isLetterOrDigit(content[start + 3]);
	}

	@Override
	public ParseResult parse(byte[] content) {
		if (!recognises(content)) {
			throw new UnreadableFile("1", Text.of("ingest.reject.edi.not-edi", "X12", "ISA"));
		}
		Interchange interchange = EdiReader.read(fixedWidthIsa(EdiFormats.strip(content)), "IEA");
		if (!"X12".equals(interchange.standard())) {
			throw new UnreadableFile("1", Text.of("ingest.reject.edi.not-edi", "X12", "ISA"));
		}
		return EdiEnvelope.walk(name(), interchange, DIALECT, SETS);
	}

}
