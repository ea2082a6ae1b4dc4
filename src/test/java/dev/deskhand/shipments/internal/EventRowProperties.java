package dev.deskhand.shipments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tracking event's references, written as JSON by hand ({@link EventRow#refsJson}), are
 * what Jackson writes for the same list of maps, whatever the references hold (quotes,
 * backslashes, control characters, æøå, emoji); a COPY field escapes exactly what
 * PostgreSQL's text format needs, and an id written as bytes is its text.
 */
class EventRowProperties {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Property(tries = 1000)
	void referencesAsJsonAreWhatJacksonWrites(@ForAll("references") List<ReferenceCheck.Checked> refs) {
		List<Map<String, Object>> maps = refs.stream().map(r -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", r.type().code());
			m.put("value", r.written());
			m.put("valid", r.valid());
			if (r.reason() != null) {
				m.put("reason", r.reason().english());
			}
			return m;
		}).toList();
		String mine = EventRow.refsJson(refs);
		assertThat(JSON.readTree(mine)).isEqualTo(JSON.readTree(JSON.writeValueAsString(maps)));
	}

	@Property(tries = 1000)
	void aCopyFieldReadsBackAsItsValueWithoutNul(@ForAll("texts") String value) {
		StringBuilder row = new StringBuilder();
		EventRow.field(row, value);
		assertThat(row.charAt(0)).isEqualTo('\t');
		String field = row.substring(1);
		assertThat(field).doesNotContain("\t", "\n", "\r", "\u0000");
		assertThat(unescape(field)).isEqualTo(value.replace("\u0000", ""));
	}

	@Property(tries = 1000)
	void aUuidWrittenAsBytesIsItsText(@ForAll long high, @ForAll long low) {
		UUID id = new UUID(high, low);
		byte[] out = new byte[40];
		out[0] = 'x';
		assertThat(EventStore.uuid(out, 1, id)).isEqualTo(37);
		assertThat(new String(out, 0, 37, StandardCharsets.US_ASCII)).isEqualTo("x" + id);
	}

	/** PostgreSQL's reading of a text-format field (the escapes the writer uses). */
	private static String unescape(String field) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < field.length(); i++) {
			char ch = field.charAt(i);
			if (ch != '\\') {
				out.append(ch);
				continue;
			}
			char next = field.charAt(++i);
			out.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
			});
		}
		return out.toString();
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
				Arbitraries.strings().withChars("ab\\\t\n\r\u0000\"æ").ofMaxLength(20));
	}

	@Provide
	Arbitrary<List<ReferenceCheck.Checked>> references() {
		Arbitrary<ReferenceCheck.Checked> one = Combinators
			.combine(Arbitraries.of(ReferenceType.class), texts(), Arbitraries.of(true, false),
					Arbitraries.of("shipments.core.reference", "ingest.reject.core.no-reference").injectNull(0.5))
			.as((type, written, valid, reason) -> new ReferenceCheck.Checked(type, written.strip(), written.strip(),
					valid, reason == null ? null : Text.of(reason, written, 35)));
		return one.list().ofMaxSize(3);
	}

}
