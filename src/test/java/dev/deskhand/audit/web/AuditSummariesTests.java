package dev.deskhand.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.shared.AuditableChange.Action;
import dev.deskhand.shared.Text;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Sealed English summaries are read back into texts: codes and times translated. */
class AuditSummariesTests {

	private final AuditSummaries summaries = new AuditSummaries(new StaticMessageSource());

	@Test
	void aGrantSaysTheRoleAndTheEndAsTextAndTime() {
		assertThat(summaries
			.of(entry("grant", Action.CREATE, "grant ASSISTANT for Freja Lund until 2027-02-01T13:16:54.097816175Z")))
			.containsExactly(Text.of("audit.s.grantUntil", Text.of("role.ASSISTANT"), "Freja Lund",
					Instant.parse("2027-02-01T13:16:54.097816175Z")));
	}

	@Test
	void aStatusChangeSaysTheStatuses() {
		assertThat(summaries.of(entry("work-item", Action.UPDATE, "W-3 OPEN -> RESOLVED")))
			.containsExactly(Text.of("audit.s.status", "W-3", Text.of("status.OPEN"), Text.of("status.RESOLVED")));
	}

	@Test
	void anUnknownFormKeepsItsWordsButNotItsCodesOrTimes() {
		assertThat(summaries.of(entry("thing", Action.UPDATE, "moved HIGH at 2026-12-04T10:00:00Z")))
			.containsExactly(Text.of("audit.s.joined2",
					Text.of("audit.s.joined2", Text.literal("moved "), Text.of("priority.HIGH"), Text.literal(" at ")),
					Instant.parse("2026-12-04T10:00:00Z"), Text.literal("")));
	}

	private static AuditEntryView entry(String type, Action action, String summary) {
		return new AuditEntryView(UUID.randomUUID(), UUID.randomUUID(), 1, Instant.now(),
				AuditEntryView.ActorKind.PERSON, null, "Mette", type, "x", action, null, null, summary, "", "");
	}

}
