package dev.deskhand.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.audit.AuditEntryView.ActorKind;
import dev.deskhand.shared.AuditableChange.Action;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainEntryTests {

	private static final ChainMac KEY = ChainMac
		.withKey("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

	private static ChainEntry entry(String actorName, String summary) {
		return new ChainEntry(UUID.fromString("00000000-0000-0000-0000-000000000001"), 7,
				UUID.fromString("00000000-0000-0000-0000-000000000002"), Instant.parse("2025-03-01T08:00:00.123456Z"),
				ActorKind.PERSON, null, actorName, "member", "m-1", Action.UPDATE, null, "ab".repeat(32), summary,
				ChainMac.GENESIS, "");
	}

	@Test
	void theCanonicalLineKeepsFieldBoundariesAndMicroseconds() {
		assertThat(entry("Ann", "x").canonicalLine()).contains("16:1740816000123456;").contains("~;");
		// moving text from one field to the next must change the line, and so the MAC
		assertThat(entry("Ann;", "x").canonicalLine()).isNotEqualTo(entry("Ann", ";x").canonicalLine());
		assertThat(KEY.of(entry("Ann;", "x"))).isNotEqualTo(KEY.of(entry("Ann", ";x")));
	}

	@Test
	void theMacDependsOnTheKeyAndThePredecessor() {
		ChainEntry e = entry("Ann", "x");
		ChainMac other = ChainMac.withKey("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
		assertThat(KEY.of(e)).matches("[0-9a-f]{64}").isEqualTo(KEY.of(e)).isNotEqualTo(other.of(e));
		assertThat(KEY.of(e.withPrevMac("f".repeat(64)))).isNotEqualTo(KEY.of(e));
	}

	@Test
	void csvQuotesWhatNeedsItAndDefusesFormulas() {
		String row = EntryExport
			.csv(entry("=HYPERLINK(\"x\")", "Invited a, b\nand \"c\"").withMac("c".repeat(64)).view());
		assertThat(row).contains(",\"'=HYPERLINK(\"\"x\"\")\",")
			.contains(",\"Invited a, b\nand \"\"c\"\"\",")
			.endsWith("\r\n");
	}

}
