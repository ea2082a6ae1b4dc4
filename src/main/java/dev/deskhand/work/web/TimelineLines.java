package dev.deskhand.work.web;

import dev.deskhand.shared.Text;
import dev.deskhand.work.TimelineEntry;
import dev.deskhand.work.TimelineKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A work item's timeline as people read it: each entry's structured data turned into one
 * sentence of the bundles — names instead of ids, translated statuses and priorities,
 * times in the reader's zone (resolved by the page). Opening an item is left out: reads
 * stay in the audit log.
 */
final class TimelineLines {

	/** One line: when, who (null for Deskhand itself), what, and the entry itself. */
	record Line(Instant at, @Nullable String who, Text what, TimelineEntry entry) {
	}

	private TimelineLines() {
	}

	static List<Line> of(List<TimelineEntry> entries, Map<String, String> names) {
		return entries.stream()
			.filter(e -> e.kind() != TimelineKind.VIEWED)
			.map(e -> new Line(e.at(), e.actor() == null ? null : e.actorName(), what(e, names), e))
			.toList();
	}

	static Text what(TimelineEntry e, Map<String, String> names) {
		Map<String, Object> d = e.data();
		return switch (e.kind()) {
			case STATUS_CHANGED ->
				Text.of("timeline.line.status", Text.of("status." + d.get("from")), Text.of("status." + d.get("to")));
			case PRIORITY_CHANGED -> Text.of("timeline.line.priority", Text.of("priority." + d.get("from")),
					Text.of("priority." + d.get("to")));
			case TYPE_CHANGED -> Text.of("timeline.line.type", str(d.get("from")), str(d.get("to")));
			case DUE_CHANGED -> {
				Instant due = instant(d.get("to"));
				yield due == null ? Text.of("timeline.line.dueRemoved") : Text.of("timeline.line.due", due);
			}
			case TAGS_CHANGED -> {
				String tags = list(d.get("to"));
				yield tags.isEmpty() ? Text.of("timeline.line.tagsRemoved") : Text.of("timeline.line.tags", tags);
			}
			case ASSIGNED -> Text.of("timeline.line.assigned",
					names.getOrDefault(str(d.get("member")), str(d.getOrDefault("name", "?"))));
			case EMAIL_RECEIVED -> d.get("from") == null ? Text.of("timeline.EMAIL_RECEIVED")
					: Text.of("timeline.line.email", str(d.get("from")));
			case SLA_WARNING, SLA_BREACHED -> {
				Instant due = instant(d.get("due"));
				yield d.get("target") == null || due == null ? Text.of("timeline." + e.kind())
						: Text.of("timeline.line.sla", Text.of("timeline." + e.kind()),
								Text.of("sla.target." + d.get("target")), due);
			}
			case CHECKLIST_TICKED -> d.get("point") == null ? Text.of("timeline.CHECKLIST_TICKED")
					: Text.of("timeline.line.ticked", str(d.get("point")));
			case REPLY_FAILED -> d.get("attempts") == null ? Text.of("timeline.REPLY_FAILED")
					: Text.of("timeline.line.replyFailed", str(d.get("attempts")));
			case TRACKING_EXCEPTION_RAISED -> d.get("rule") == null ? Text.of("timeline.TRACKING_EXCEPTION_RAISED")
					: Text.of("shipments.exc.timeline.raised", str(d.get("number")), str(d.get("rule")),
							Text.of("shipments.exc.kind." + d.get("kind")));
			case TRACKING_EXCEPTION_RESOLVED -> d.get("reason") == null
					? Text.of("timeline.TRACKING_EXCEPTION_RESOLVED")
					: Text.of("shipments.exc.timeline.resolved." + d.get("reason"), str(d.get("number")),
							Text.of("shipments.exc.status." + d.get("status")), str(d.get("rule")),
							d.get("milestone") == null ? "" : Text.of("shipments.exc.status." + d.get("milestone")));
			case TRIAGED -> d.get("intent") == null ? Text.of("timeline.TRIAGED")
					: Text.of(
							Boolean.TRUE.equals(d.get("corrected")) ? "timeline.line.triageCorrected"
									: "timeline.line.triaged",
							Text.of("work.intent." + d.get("intent")),
							Text.of("work.language." + d.getOrDefault("language", "other")));
			case DRAFT_SENT -> d.get("decision") == null ? Text.of("timeline.DRAFT_SENT")
					: Text.of("timeline.line.draftSent." + d.get("decision"));
			case TIME_LOGGED -> d.get("minutes") instanceof Number n
					? Text.of("timeline.line.time", n.longValue() / 60, n.longValue() % 60)
					: Text.of("timeline.TIME_LOGGED");
			default -> Text.of("timeline." + e.kind());
		};
	}

	private static String str(@Nullable Object o) {
		return o == null ? "" : o.toString();
	}

	private static String list(@Nullable Object o) {
		return o instanceof Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList()) : str(o);
	}

	private static @Nullable Instant instant(@Nullable Object o) {
		if (o == null || "null".equals(o)) {
			return null;
		}
		try {
			return Instant.parse(o.toString());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
