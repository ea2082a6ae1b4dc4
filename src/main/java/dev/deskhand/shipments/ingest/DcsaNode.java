package dev.deskhand.shipments.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A JSON value of a DCSA file with its JSON pointer (RFC 6901), so that a rejection can
 * name the exact place: {@code /3/transportCall/UNLocationCode}.
 */
record DcsaNode(String pointer, JsonNode node) {

	static DcsaNode root(JsonNode node) {
		return new DcsaNode("", node);
	}

	DcsaNode at(String name) {
		JsonNode child = node.isObject() ? node.path(name) : MissingNode.getInstance();
		return new DcsaNode(pointer + "/" + escape(name), child);
	}

	DcsaNode at(int index) {
		return new DcsaNode(pointer + "/" + index, node.isArray() ? node.path(index) : MissingNode.getInstance());
	}

	/** The value is there and is not JSON {@code null}. */
	boolean present() {
		return !node.isMissingNode() && !node.isNull();
	}

	boolean isObject() {
		return node.isObject();
	}

	/** The text when the value is a JSON string, else null. */
	@Nullable String text() {
		return node.isString() ? node.stringValue() : null;
	}

	/** The text when the value is a non-blank JSON string, else null. */
	@Nullable String nonBlank() {
		String text = text();
		return text == null || text.isBlank() ? null : text.trim();
	}

	List<DcsaNode> elements() {
		List<DcsaNode> elements = new ArrayList<>();
		for (int i = 0; node.isArray() && i < node.size(); i++) {
			elements.add(at(i));
		}
		return elements;
	}

	/** The JSON type of the value, in JSON's own words, for messages. */
	String kind() {
		if (node.isObject()) {
			return "object";
		}
		if (node.isArray()) {
			return "array";
		}
		if (node.isString()) {
			return "string";
		}
		if (node.isNumber()) {
			return "number";
		}
		if (node.isBoolean()) {
			return "boolean";
		}
		return "null";
	}

	static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}
