package dev.deskhand.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.assistant.Claim;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed hand-written drafts: every bad one is flagged exactly where it is wrong
 * (each expected substring is a claim and every claim is inside one), every good one
 * passes.
 */
class GroundingDraftsTests {

	private final GroundingVerifier verifier = new GroundingVerifier();

	static List<JsonNode> drafts(String name) throws IOException {
		try (InputStream in = GroundingDraftsTests.class.getResourceAsStream("/assistant/drafts/" + name)) {
			String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			JsonMapper json = JsonMapper.builder().build();
			List<JsonNode> out = new ArrayList<>();
			for (String line : all.split("\n")) {
				if (!line.isBlank()) {
					out.add(json.readTree(line));
				}
			}
			return out;
		}
	}

	static GroundingSources sources(JsonNode d) {
		List<Fact> facts = new ArrayList<>();
		for (JsonNode f : d.get("facts")) {
			facts.add(new Fact(f.get("kind").asString(), f.get("value").asString(), f.get("source").asString()));
		}
		return new GroundingSources(facts, d.get("incoming").asString(), d.get("language").asString(),
				ZoneId.of(d.get("zone").asString()), LocalDate.parse(d.get("today").asString()));
	}

	@Test
	void flagsEveryBadDraftWhereItIsWrong() throws IOException {
		List<JsonNode> bad = drafts("bad.jsonl");
		Map<String, Integer> perLanguage = new TreeMap<>();
		bad.forEach((d) -> perLanguage.merge(d.get("language").asString(), 1, Integer::sum));
		assertThat(bad).hasSizeGreaterThanOrEqualTo(120);
		assertThat(perLanguage.values()).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(35));
		List<String> wrong = new ArrayList<>();
		for (JsonNode d : bad) {
			Verification v = this.verifier.verify(d.get("text").asString(), sources(d));
			List<String> flagged = new ArrayList<>();
			d.get("flagged").forEach((f) -> flagged.add(f.asString()));
			for (String expected : flagged) {
				if (v.unbacked().stream().noneMatch((c) -> overlaps(c, expected))) {
					wrong.add(d.get("id").asString() + ": not flagged '" + expected + "' " + v.unbacked());
				}
			}
			for (Claim c : v.unbacked()) {
				if (flagged.stream().noneMatch((f) -> overlaps(c, f))) {
					wrong.add(d.get("id").asString() + ": also flagged " + c);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void passesEveryGoodDraft() throws IOException {
		List<JsonNode> good = drafts("good.jsonl");
		assertThat(good).hasSizeGreaterThanOrEqualTo(60);
		List<String> wrong = new ArrayList<>();
		for (JsonNode d : good) {
			Verification v = this.verifier.verify(d.get("text").asString(), sources(d));
			if (!v.grounded()) {
				wrong.add(d.get("id").asString() + ": " + v.unbacked());
			}
			if (v.backed().isEmpty()) {
				wrong.add(d.get("id").asString() + ": places no fact");
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static boolean overlaps(Claim c, String expected) {
		return c.text().contains(expected) || expected.contains(c.text());
	}

}
