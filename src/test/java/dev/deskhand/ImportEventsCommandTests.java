package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand import-events} as a user runs it: {@code --dry-run} without a database
 * or workspace prints every normalised event and the file's outcome (a carrier's answer
 * that names no parcel with the {@code --reference} given); a real import starts its own
 * context and refuses an unknown workspace as a usage error.
 */
class ImportEventsCommandTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Run(int exit, List<String> out) {
	}

	private static Run run(Path data, String... args) {
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		String before = System.getProperty("deskhand.db.data-dir");
		System.setProperty("deskhand.db.data-dir", data.toString());
		System.setProperty("deskhand.data-dir", data.toString());
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			int exit = CommandLineLauncher.run(args);
			return new Run(exit, captured.toString(StandardCharsets.UTF_8).lines().toList());
		}
		finally {
			System.setOut(out);
			System.clearProperty("deskhand.data-dir");
			if (before == null) {
				System.clearProperty("deskhand.db.data-dir");
			}
			else {
				System.setProperty("deskhand.db.data-dir", before);
			}
		}
	}

	@Test
	void aDryRunPrintsEveryNormalisedEventAndTheOutcomeWithoutADatabase(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("partner.csv");
		Files.writeString(csv, """
				Reference;Container;Status;UN/LOCODE;Event time
				SO-10001;MSKU9070323;Leveret;DKAAR;2026-03-02T09:15:00+01:00
				SO-10001;MSKU9070323;Leveret;DKAAR;2026-03-02T09:15:00+01:00
				SO-10002;MSKU9070324;Zugestellt;;2026-03-02 10:00Z
				SO-10003;;Beamed;;2026-03-02 10:00Z
				""");
		Path data = dir.resolve("data");
		Run r = run(data, "import-events", "--dry-run", csv.toString());
		assertThat(r.exit()).as("a rejected line fails the run").isEqualTo(1);
		assertThat(r.out()).hasSize(3);
		JsonNode first = JSON.readTree(r.out().get(0));
		assertThat(first.get("file").asString()).isEqualTo("partner.csv");
		assertThat(first.get("position").asString()).isEqualTo("2");
		assertThat(first.get("status").asString()).isEqualTo("delivered");
		assertThat(first.get("carrier_code").asString()).isEqualTo("Leveret");
		assertThat(first.get("classifier").asString()).isEqualTo("actual");
		assertThat(first.get("event_time").asString()).isEqualTo("2026-03-02T08:15:00Z");
		assertThat(first.get("location").get("unlocode").asString()).isEqualTo("DKAAR");
		assertThat(first.get("references")).hasSize(2);
		assertThat(first.get("references").get(1).get("type").asString()).isEqualTo("container");
		assertThat(first.get("references").get(1).get("valid").asBoolean()).isTrue();
		JsonNode second = JSON.readTree(r.out().get(1));
		assertThat(second.get("position").asString()).isEqualTo("4");
		assertThat(second.get("references").get(1).get("valid").asBoolean()).isFalse();
		JsonNode outcome = JSON.readTree(r.out().get(2));
		assertThat(outcome.get("file").asString()).isEqualTo("partner.csv");
		assertThat(outcome.get("accepted").asInt()).isEqualTo(2);
		assertThat(outcome.get("duplicates").asInt()).isEqualTo(1);
		assertThat(outcome.get("rejected").get(0).get("position").asString()).isEqualTo("5");
		assertThat(outcome.get("flagged").get(0).get("reference").asString()).isEqualTo("MSKU9070324");
		assertThat(data).as("no database was started").doesNotExist();
	}

	@Test
	void anUnreadableFileIsNamedWithItsPositionAndACleanFileExitsZero(@TempDir Path dir) throws IOException {
		Path broken = dir.resolve("broken.json");
		Files.writeString(broken, "{\"events\": [\n{]");
		Path good = dir.resolve("good.json");
		Files.writeString(good,
				"[{\"reference\": \"BK-1\", \"status\": \"departed\", \"event_time\": \"2026-03-01T10:00:00Z\"}]");
		Run r = run(dir.resolve("data"), "import-events", "--dry-run", "--format", "json", broken.toString());
		assertThat(r.exit()).isEqualTo(1);
		assertThat(JSON.readTree(r.out().getLast()).get("rejected").get(0).get("position").asString()).isEqualTo("2");
		Supplier<Run> clean = () -> run(dir.resolve("data"), "import-events", "--dry-run", good.toString());
		assertThat(clean.get().exit()).isZero();
		assertThat(run(dir.resolve("data"), "import-events", good.toString()).exit()).as("--workspace is needed")
			.isEqualTo(2);
	}

	@Test
	void aDryRunGivesTheEventsThatNameNoReferenceTheOneOnTheCommandLine(@TempDir Path dir) {
		String sendle = TestData
			.testdata("carrier-tracking-responses", "test_fixtures", "sendle__TrackingResponse.json")
			.toString();
		Run without = run(dir.resolve("data"), "import-events", "--dry-run", "--format", "carrier-sendle", sendle);
		assertThat(without.exit()).isEqualTo(1);
		JsonNode refused = JSON.readTree(without.out().getLast());
		assertThat(refused.get("accepted").asInt()).isZero();
		assertThat(refused.get("rejected")).hasSize(9);
		assertThat(refused.get("rejected").get(0).get("reason").asString()).contains("names no reference");

		Run with = run(dir.resolve("data"), "import-events", "--dry-run", "--reference", "S3ND73", sendle);
		assertThat(with.exit()).isZero();
		assertThat(with.out()).hasSize(10);
		JsonNode first = JSON.readTree(with.out().getFirst());
		assertThat(first.get("references")).hasSize(1);
		assertThat(first.get("references").get(0).get("value").asString()).isEqualTo("S3ND73");
		assertThat(first.get("references").get(0).get("type").asString()).as("recognised as a file's reference is")
			.isEqualTo("booking");
		assertThat(first.get("references").get(0).get("valid").asBoolean()).isTrue();
		JsonNode outcome = JSON.readTree(with.out().getLast());
		assertThat(outcome.get("format").asString()).isEqualTo("carrier-sendle");
		assertThat(outcome.get("accepted").asInt()).isEqualTo(9);
		assertThat(outcome.get("rejected")).isEmpty();

		assertThat(run(dir.resolve("data"), "import-events", "--dry-run", "--reference", "./.", sendle).exit())
			.as("a reference without letters or digits is a usage error")
			.isEqualTo(2);
		assertThat(dir.resolve("data")).as("no database was started").doesNotExist();
	}

	@Test
	void aRealImportStartsItsOwnContextAndRefusesAnUnknownWorkspace(@TempDir Path dir) throws IOException {
		Path good = dir.resolve("good.json");
		Files.writeString(good,
				"[{\"reference\": \"BK-1\", \"status\": \"departed\", \"event_time\": \"2026-03-01T10:00:00Z\"}]");
		Run r = run(dir.resolve("data"), "import-events", "--workspace", "nowhere", good.toString());
		assertThat(r.exit()).isEqualTo(2);
		assertThat(dir.resolve("data/pg/PG_VERSION")).as("the database was started for a real import").exists();
	}

}
