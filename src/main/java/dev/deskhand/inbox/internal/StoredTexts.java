package dev.deskhand.inbox.internal;

import dev.deskhand.shared.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Text} kept in a jsonb column ({@code {"key": …, "args": [...]}}), so a reason
 * stored once is shown later in each reader's language. Arguments are kept as numbers or
 * strings (nested texts as their English).
 */
final class StoredTexts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredTexts() {
	}

	static @Nullable String write(@Nullable Text text) {
		if (text == null) {
			return null;
		}
		return JSON.writeValueAsString(Map.of("key", text.key(), "args",
				Arrays.stream(text.args())
					.map(a -> a instanceof Number ? a : a instanceof Text t ? t.english() : String.valueOf(a))
					.toList()));
	}

	static @Nullable Text read(@Nullable String stored) {
		if (stored == null) {
			return null;
		}
		JsonNode node = JSON.readTree(stored);
		List<Object> args = new ArrayList<>();
		node.path("args").forEach(a -> args.add(a.isNumber() ? a.numberValue() : a.asString()));
		return Text.of(node.path("key").asString(), args.toArray());
	}

}
