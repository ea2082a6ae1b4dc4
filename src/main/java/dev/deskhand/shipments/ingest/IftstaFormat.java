package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.EdiReader.Interchange;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN/EDIFACT IFTSTA (International multimodal status report), directories D.96A and later
 * (D.96A to D.01B at least), read by {@link IftstaStatus}. Delimiters come from UNA or
 * UNB's defaults; UNB/UNZ, UNG/UNE and UNH/UNT counts and control references are checked
 * as {@link EdiEnvelope} describes; every other message type (BAPLIE, COPRAR …) is
 * rejected by name. Positions are segment numbers counted from 1 at the start of the file
 * (UNA is not a segment; UNB is 1).
 */
public final class IftstaFormat implements EventFormat {

	private static final EdiEnvelope.Dialect DIALECT = new EdiEnvelope.Dialect("UNB", "UNZ", 5, "UNG", "UNE", 5, "UNH",
			"UNT", 1);

	/** Names of the EDIFACT messages forwarders meet that are not status reports. */
	private static final Map<String, String> OTHER_MESSAGES = Map.ofEntries(
			Map.entry("BAPLIE", "Bayplan/stowage plan occupied and empty locations"),
			Map.entry("COPRAR", "Container discharge/loading order"),
			Map.entry("COARRI", "Container discharge/loading report"),
			Map.entry("CODECO", "Container gate-in/gate-out report"), Map.entry("COPARN", "Container announcement"),
			Map.entry("IFTMIN", "Instruction message"), Map.entry("IFTMBF", "Firm booking"),
			Map.entry("IFTMBC", "Booking confirmation"), Map.entry("IFTMCS", "Instruction contract status"),
			Map.entry("IFCSUM", "Forwarding and consolidation summary"), Map.entry("CUSCAR", "Customs cargo report"),
			Map.entry("DESADV", "Despatch advice"), Map.entry("INVOIC", "Invoice"),
			Map.entry("ORDERS", "Purchase order"), Map.entry("APERAK", "Application error and acknowledgement"),
			Map.entry("CONTRL", "Syntax and service report"), Map.entry("VERMAS", "Verification of mass"),
			Map.entry("MOVINS", "Stowage instruction"));

	private static final Pattern UNH = Pattern.compile("UNH\\+[^+']*\\+([A-Z0-9]{1,6})");

	private static final EdiEnvelope.Messages MESSAGES = new EdiEnvelope.Messages() {

		@Override
		public boolean reads(Segment header) {
			return header.comp(2, 1).equals("IFTSTA");
		}

		@Override
		public Text otherType(Segment header) {
			return other(header.comp(2, 1));
		}

		@Override
		public void read(List<Segment> message, List<ParsedEvent> events, List<Rejection> rejected) {
			Segment header = message.get(0);
			if (!supported(header.comp(2, 2), header.comp(2, 3))) {
				rejected.add(new Rejection(EdiEnvelope.position(header), Text.of("ingest.reject.edi.version",
						header.position(), header.comp(2, 2) + "." + header.comp(2, 3))));
				return;
			}
			IftstaStatus.read(message, events, rejected);
		}

	};

	@Override
	public String name() {
		return "iftsta";
	}

	@Override
	public boolean recognises(byte[] content) {
		int start = EdiFormats.start(content);
		if (content.length < start + 4) {
			return false;
		}
		String head = new String(content, start, 3, StandardCharsets.ISO_8859_1);
		return (head.equals("UNA") || head.equals("UNB") || head.equals("UNH"))
				&& !Character.isLetterOrDigit(content[start + 3]);
	}

	@Override
	public ParseResult parse(byte[] content) {
		if (!recognises(content)) {
			throw new UnreadableFile("1", Text.of("ingest.reject.edi.not-edi", "EDIFACT", "UNA/UNB"));
		}
		byte[] stripped = EdiFormats.strip(content);
		String head = new String(stripped, 0, Math.min(stripped.length, 512), StandardCharsets.ISO_8859_1);
		if (head.startsWith("UNH")) {
			Matcher type = UNH.matcher(head);
			if (type.lookingAt() && !type.group(1).equals("IFTSTA")) {
				throw new UnreadableFile("1", other(type.group(1)));
			}
			throw new UnreadableFile("1", Text.of("ingest.reject.edi.missing-unb"));
		}
		Interchange interchange = EdiReader.read(stripped, "UNZ");
		if (!"EDIFACT".equals(interchange.standard())) {
			throw new UnreadableFile("1", Text.of("ingest.reject.edi.not-edi", "EDIFACT", "UNA/UNB"));
		}
		return EdiEnvelope.walk(name(), interchange, DIALECT, MESSAGES);
	}

	private static Text other(String type) {
		String name = OTHER_MESSAGES.get(type);
		return name == null ? Text.of("ingest.reject.edi.edifact-other-unnamed", type)
				: Text.of("ingest.reject.edi.edifact-other", type, name);
	}

	/** Directory D, release 96A or later (00A … 49Z count as 2000s). */
	static boolean supported(String version, String release) {
		if (!version.equals("D") || !release.matches("\\d{2}[A-Z]")) {
			return false;
		}
		int year = Integer.parseInt(release.substring(0, 2));
		return year >= 96 || year < 50;
	}

}
