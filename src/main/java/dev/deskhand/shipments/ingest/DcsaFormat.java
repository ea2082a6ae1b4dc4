package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DCSA Track &amp; Trace events, versions 2.2 and 2.3 (flat events), 3.0 beta
 * ({@code metadata} and {@code payload}) and 3.0.0 ({@code eventClassification}): a bare
 * array of events (a {@code GET /events} answer), an object with {@code events} (a 3.0.0
 * answer or notification) or a single event. Positions are JSON pointers ({@code /3},
 * {@code /events/3}, the empty pointer for a file that is one event).
 *
 * <p>
 * Pure apart from its clock, which only refuses events created, or actually happened,
 * more than a day in the future (the conformance suite's "too late" case).
 */
public final class DcsaFormat implements EventFormat {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Pattern EVENT_TYPE = Pattern
		.compile("\"eventType(?:Code)?\"\\s*:\\s*\"(?:SHIPMENT|TRANSPORT|EQUIPMENT|IOT|REEFER)\"");

	private static final Pattern DCSA_FIELD = Pattern.compile("\"(?:eventClassifierCode|eventCreatedDateTime)\"\\s*:");

	/** The names only DCSA events use at their top (2.x, 3.0 beta, 3.0.0). */
	private static final List<String> EVENT_FIELDS = List.of("eventType", "eventID", "eventClassifierCode",
			"eventDateTime", "eventCreatedDateTime", "metadata", "payload", "eventClassification", "isRetracted");

	private final DcsaEventReader reader;

	public DcsaFormat() {
		this(Clock.systemUTC());
	}

	DcsaFormat(Clock clock) {
		this.reader = new DcsaEventReader(clock);
	}

	@Override
	public String name() {
		return "dcsa";
	}

	@Override
	public boolean recognises(byte[] content) {
		String start = new String(content, 0, Math.min(content.length, 65536), StandardCharsets.UTF_8).strip();
		if (start.startsWith("\uFEFF")) {
			start = start.substring(1).strip();
		}
		return (start.startsWith("[") || start.startsWith("{")) && EVENT_TYPE.matcher(start).find()
				&& DCSA_FIELD.matcher(start).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = read(content);
		List<Object> found = new ArrayList<>();
		DcsaNode top = DcsaNode.root(root);
		if (root.isArray()) {
			top.elements().forEach(element -> place(element, found));
		}
		else if (root.isObject() && top.at("events").node().isArray()) {
			top.at("events").elements().forEach(element -> place(element, found));
		}
		else if (root.isObject() && isEvent(top)) {
			found.add(top);
		}
		else if (root.isObject()) {
			nested(top, top, found);
		}
		if (found.isEmpty() && !root.isArray() && !top.at("events").node().isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.dcsa.no-events"));
		}
		return read(found);
	}

	private ParseResult read(List<Object> found) {
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Map<String, String> firstById = new HashMap<>();
		for (Object item : found) {
			if (item instanceof Rejection rejection) {
				rejected.add(rejection);
				continue;
			}
			DcsaNode node = (DcsaNode) item;
			DcsaEventReader.Read read;
			try {
				DcsaShape shape = shape(node);
				String id = shape.eventId().text();
				String earlier = id == null || shape.eventIdsMayRepeat() ? null
						: firstById.putIfAbsent(id, node.pointer());
				read = reader.read(shape, node.pointer(), earlier);
			}
			catch (RuntimeException e) {
				// a safety net: a record that trips the reader is refused, the file goes
				// on
				read = new DcsaEventReader.Read(null, new Rejection(node.pointer(),
						Text.of("ingest.reject.dcsa.unreadable", String.valueOf(e.getMessage()))));
			}
			if (read.event() != null) {
				events.add(read.event());
			}
			if (read.rejection() != null) {
				rejected.add(read.rejection());
			}
		}
		return new ParseResult(name(), events, rejected);
	}

	private static JsonNode read(byte[] content) {
		try {
			JsonNode root = MAPPER.readTree(content);
			if (root == null || root.isMissingNode()) {
				throw new UnreadableFile("1", Text.of("ingest.reject.dcsa.empty"));
			}
			return root;
		}
		catch (JacksonException e) {
			TokenStreamLocation at = e.getLocation();
			String position = at == null || at.getLineNr() < 1 ? "1"
					: at.getLineNr() + (at.getColumnNr() > 0 ? ":" + at.getColumnNr() : "");
			String message = String.valueOf(e.getOriginalMessage());
			message = message.length() > 200 ? message.substring(0, 197) + "..." : message;
			throw new UnreadableFile(position, Text.of("ingest.reject.dcsa.not-json", message));
		}
	}

	/**
	 * An element of the list of events: an event, or a rejection for what it is instead.
	 */
	private static void place(DcsaNode element, List<Object> found) {
		if (!element.isObject()) {
			found.add(new Rejection(element.pointer(), Text.of("ingest.reject.dcsa.not-object", element.kind())));
		}
		else if (isEvent(element)) {
			found.add(element);
		}
		else if (!nested(element, element, found)) {
			found.add(new Rejection(element.pointer(), Text.of("ingest.reject.dcsa.not-event")));
		}
	}

	/** Refuses each event found inside {@code container}; true when there was one. */
	private static boolean nested(DcsaNode container, DcsaNode node, List<Object> found) {
		boolean any = false;
		List<DcsaNode> children = new ArrayList<>();
		if (node.node().isArray()) {
			children.addAll(node.elements());
		}
		else if (node.isObject()) {
			node.node().propertyNames().forEach(name -> children.add(node.at(name)));
		}
		for (DcsaNode child : children) {
			if (child.isObject() && isEvent(child)) {
				found.add(new Rejection(child.pointer(), Text.of("ingest.reject.dcsa.nested", container.pointer())));
				any = true;
			}
			else if (child.isObject() || child.node().isArray()) {
				any |= nested(container, child, found);
			}
		}
		return any;
	}

	private static boolean isEvent(DcsaNode node) {
		return EVENT_FIELDS.stream().anyMatch(node.node()::has);
	}

	private static DcsaShape shape(DcsaNode node) {
		if (node.at("metadata").isObject()) {
			return new DcsaV3BetaEvent(node);
		}
		// a 3.0.0 retraction may carry nothing but its id, the flag and when it was
		// updated
		if (node.at("eventClassification").isObject() || node.node().has("isRetracted")
				|| node.node().has("eventUpdatedDateTime") || node.node().has("eventRouting")) {
			return new DcsaV3Event(node);
		}
		return new DcsaV2Event(node);
	}

}
