package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand check-reference} as a user runs it: no database (the command declares
 * no {@code @Autowired} fields, so no Spring context starts), one JSON line per value,
 * exit 1 when a value has no valid candidate.
 */
class CheckReferenceCommandTests {

	@Test
	void printsOneLinePerValueAndSucceedsWhenAllAreValid() {
		Run run = run("check-reference", "CSQU3054383", "157-12345675", "1Z5R89390357567127");
		assertThat(run.exit()).isEqualTo(CommandLineLauncher.OK);
		assertThat(run.lines()).hasSize(3);
		JsonNode container = run.lines().get(0);
		assertThat(container.get("value").asString()).isEqualTo("CSQU3054383");
		assertThat(container.get("candidates").get(0).get("type").asString()).isEqualTo("container");
		assertThat(container.get("candidates").get(0).get("valid").asBoolean()).isTrue();
		assertThat(container.get("candidates").get(0).get("reason").isNull()).isTrue();
		assertThat(run.lines().get(1).get("candidates").findValuesAsString("type")).contains("air-waybill");
		assertThat(run.lines().get(2).get("candidates").get(0).get("format").asString()).isEqualTo("ups-1z");
	}

	@Test
	void failsWhenAValueHasNoValidCandidateAndSaysWhy() {
		Run run = run("check-reference", "CSQU3054384", "CSQU3054383");
		assertThat(run.exit()).isEqualTo(CommandLineLauncher.FAILED);
		JsonNode wrong = run.lines().getFirst().get("candidates").get(0);
		assertThat(wrong.get("valid").asBoolean()).isFalse();
		assertThat(wrong.get("reason").asString()).isEqualTo("Check digit should be 3, not 4");
		assertThat(run.lines().get(1).get("candidates").get(0).get("valid").asBoolean()).isTrue();
		assertThat(run("check-reference").exit()).as("a value is required").isEqualTo(CommandLineLauncher.USAGE);
	}

	record Run(int exit, List<JsonNode> lines) {
	}

	private static Run run(String... args) {
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int exit;
		try {
			exit = CommandLineLauncher.run(args);
		}
		finally {
			System.setOut(out);
		}
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> lines = captured.toString(StandardCharsets.UTF_8)
			.lines()
			.filter(l -> l.startsWith("{"))
			.map(json::readTree)
			.toList();
		return new Run(exit, lines);
	}

}
