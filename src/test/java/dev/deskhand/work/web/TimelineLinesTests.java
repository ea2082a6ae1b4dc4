package dev.deskhand.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.shared.Text;
import dev.deskhand.work.TimelineEntry;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Timeline entries become sentences with names, translated codes and times. */
class TimelineLinesTests {

	private static final MemberId SOREN = new MemberId(UUID.randomUUID());

	private static final Map<String, String> NAMES = Map.of(SOREN.toString(), "Søren Kjærgaard");

	@Test
	void statusesPrioritiesAndRolesAreTextsNotCodes() {
		assertThat(TimelineLines.what(entry(TimelineKind.STATUS_CHANGED, Map.of("from", "NEW", "to", "OPEN")), NAMES))
			.isEqualTo(Text.of("timeline.line.status", Text.of("status.NEW"), Text.of("status.OPEN")));
		assertThat(
				TimelineLines.what(entry(TimelineKind.PRIORITY_CHANGED, Map.of("from", "NORMAL", "to", "HIGH")), NAMES))
			.isEqualTo(Text.of("timeline.line.priority", Text.of("priority.NORMAL"), Text.of("priority.HIGH")));
	}

	@Test
	void saysToWhomAndWhenAsTimes() {
		assertThat(TimelineLines.what(entry(TimelineKind.ASSIGNED, Map.of("member", SOREN.toString(), "name", "x")),
				NAMES))
			.isEqualTo(Text.of("timeline.line.assigned", "Søren Kjærgaard"));
		Instant due = Instant.parse("2026-12-04T10:00:00Z");
		assertThat(TimelineLines.what(entry(TimelineKind.DUE_CHANGED, Map.of("to", due.toString())), NAMES))
			.isEqualTo(Text.of("timeline.line.due", due));
		assertThat(TimelineLines.what(entry(TimelineKind.TAGS_CHANGED, Map.of("to", List.of("pod", "arla"))), NAMES))
			.isEqualTo(Text.of("timeline.line.tags", "pod, arla"));
	}

	@Test
	void leavesOpeningAnItemToTheAuditLog() {
		var lines = TimelineLines.of(List.of(entry(TimelineKind.VIEWED, Map.of()), entry(TimelineKind.NOTE, Map.of())),
				NAMES);
		assertThat(lines).extracting(l -> l.entry().kind()).containsExactly(TimelineKind.NOTE);
	}

	@Test
	void everyTimelineTextIsInEveryBundle() throws Exception {
		var en = new java.util.Properties();
		var da = new java.util.Properties();
		var de = new java.util.Properties();
		en.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/messages.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		da.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/messages_da.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		de.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/messages_de.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		for (TimelineKind kind : TimelineKind.values()) {
			Text text = TimelineLines.what(entry(kind, Map.of()), NAMES);
			assertThat(en).as(text.key()).containsKey(text.key());
			assertThat(da).as(text.key()).containsKey(text.key());
			assertThat(de).as(text.key()).containsKey(text.key());
		}
	}

	private static TimelineEntry entry(TimelineKind kind, Map<String, Object> data) {
		return new TimelineEntry(1, new WorkItemId(UUID.randomUUID()), Instant.now(), SOREN, "Søren Kjærgaard", kind,
				data);
	}

}
