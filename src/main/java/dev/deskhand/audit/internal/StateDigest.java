package dev.deskhand.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digest of a record's state before or after a change: SHA-256 of its canonical JSON
 * (the application's Jackson settings, with properties and map keys sorted), so the same
 * state always gives the same digest and the log stores no personal data itself.
 */
@Component
class StateDigest {

	private final JsonMapper canonical;

	StateDigest(JsonMapper mapper) {
		this.canonical = mapper.rebuild()
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.disable(SerializationFeature.INDENT_OUTPUT)
			.build();
	}

	@Nullable String of(@Nullable Object state) {
		if (state == null) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.writeValueAsBytes(state)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
