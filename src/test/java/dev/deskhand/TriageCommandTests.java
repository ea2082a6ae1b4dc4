package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand triage} as a user runs it: no database without {@code --workspace}, one
 * result line per e-mail, a bad line reported with its number on stderr and exit 1.
 */
class TriageCommandTests {

	@TempDir
	Path dir;

	@Test
	void triagesEachLineAndReportsABadOneByItsNumber() throws IOException {
		Path in = dir.resolve("emails.jsonl");
		Path out = dir.resolve("results.jsonl");
		Files.writeString(in,
				"""
						{"id":"m1","from":"Jonas <jb@brandt.example>","to":"ops@nordhavn.example","subject":"Status på container MSCU1234566","body":"Hej, hvornår kommer containeren? Det haster, lageret venter.\\n\\nMvh Jonas\\nTlf. +45 75 82 19 40"}
						{"id":"m2","subject":"broken"
						{"id":"m3","from":"a@b.example","to":"ops@nordhavn.example","subject":"Rechnung RE-2026-00871","body":"Guten Tag, bitte senden Sie uns eine Kopie der Rechnung RE-2026-00871."}
						""",
				StandardCharsets.UTF_8);
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int exit;
		try {
			exit = CommandLineLauncher
				.run(new String[] { "triage", "--in", in.toString(), "--out", out.toString(), "--timing" });
		}
		finally {
			System.setErr(err);
		}
		String messages = captured.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(CommandLineLauncher.FAILED);
		assertThat(messages).contains("emails.jsonl line 2:").contains("timing: messages=2");
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> lines = Files.readAllLines(out).stream().map(json::readTree).toList();
		assertThat(lines).hasSize(2);
		JsonNode first = lines.getFirst();
		assertThat(first.get("id").asString()).isEqualTo("m1");
		assertThat(first.get("language").asString()).isEqualTo("da");
		assertThat(first.get("intent").asString()).isEqualTo("shipment_status");
		assertThat(first.get("urgent").asBoolean()).isTrue();
		assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(first.get("references")).hasSize(1);
		assertThat(first.get("references").get(0).toString())
			.isEqualTo("{\"type\":\"container\",\"value\":\"MSCU1234566\",\"valid\":true,\"quoted\":false}");
		JsonNode third = lines.get(1);
		assertThat(third.get("language").asString()).isEqualTo("de");
		assertThat(third.get("intent").asString()).isEqualTo("invoice_question");
		assertThat(third.get("references").get(0).get("type").asString()).isEqualTo("invoice");
		assertThat(third.get("references").get(0).get("value").asString()).isEqualTo("RE202600871");
	}

	@Test
	void aMissingInputIsAUsageError() {
		assertThat(CommandLineLauncher.run(new String[] { "triage", "--in", dir.resolve("none.jsonl").toString() }))
			.isEqualTo(CommandLineLauncher.USAGE);
	}

}
