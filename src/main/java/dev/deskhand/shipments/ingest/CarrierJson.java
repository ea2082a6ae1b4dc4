package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the carriers' JSON responses: the tree, pointers and the texts in it. */
final class CarrierJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private CarrierJson() {
	}

	/**
	 * The whole document, or {@link UnreadableFile} at position 1 when it is not JSON.
	 */
	static JsonNode read(byte[] content, String carrier) {
		try {
			JsonNode root = MAPPER.readTree(content);
			if (root == null || root.isMissingNode()) {
				throw new UnreadableFile("1", Text.of("ingest.reject.carrier.not-json", carrier, "empty"));
			}
			return root;
		}
		catch (UnreadableFile e) {
			throw e;
		}
		catch (RuntimeException | StackOverflowError e) {
			String why = e.getMessage() == null ? e.getClass().getSimpleName()
					: e.getMessage().lines().findFirst().orElse("");
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.not-json", carrier, why));
		}
	}

	/** The text of a field, trimmed, or null when it is absent, null or blank. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/**
	 * A problem answer (RFC 9457: {@code status} with {@code title} or {@code detail}) is
	 * the carrier's error: refused at {@code /status} with the status as its code and
	 * "title: detail" as its message.
	 */
	static void refuseProblem(JsonNode root, String carrier) {
		if (root.has("status") && (root.has("title") || root.has("detail"))) {
			throw new UnreadableFile("/status", CarrierEvents.error(carrier, text(root, "status"),
					CarrierEvents.joined(text(root, "title"), text(root, "detail"))));
		}
	}

	/** A JSON pointer one step below {@code parent}. */
	static String pointer(String parent, Object step) {
		String token = String.valueOf(step).replace("~", "~0").replace("/", "~1");
		return parent + "/" + token;
	}

	/** The first {@code max} bytes as text, for the cheap look of {@code recognises}. */
	static String head(byte[] content, int max) {
		return new String(content, 0, Math.min(max, content.length), StandardCharsets.UTF_8);
	}

}
