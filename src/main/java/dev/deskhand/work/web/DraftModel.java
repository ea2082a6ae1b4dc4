package dev.deskhand.work.web;

import dev.deskhand.access.Membership;
import dev.deskhand.assistant.Draft;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentManagement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A draft as the item page shows it: its text cut into plain runs and facts, each fact
 * with its source in people's words ("Sending S-1042 – forventet ankomst") and a link to
 * the record it comes from. Sources are {@code type:id:field} (or {@code message}, the
 * customer's own mail); a record the reader may not open is named without a link.
 */
@Component
class DraftModel {

	/**
	 * One run of the text.
	 *
	 * @param source for a fact: where it comes from, in the reader's language; null for
	 * plain text
	 * @param href for a fact: the page of its record, or null
	 */
	record Segment(String text, @Nullable String source, @Nullable String href) {

		public boolean fact() {
			return source != null;
		}

	}

	private final ShipmentManagement shipments;

	private final MessageSource messages;

	DraftModel(ShipmentManagement shipments, MessageSource messages) {
		this.shipments = shipments;
		this.messages = messages;
	}

	List<Segment> segments(Membership m, Draft draft, Locale locale) {
		return segments(m, draft.text(), draft.facts(), locale);
	}

	/** A text with its placed facts (a draft's, a delay notice's). */
	List<Segment> segments(Membership m, String text, List<PlacedFact> placed, Locale locale) {
		List<PlacedFact> facts = placed.stream()
			.filter(f -> f.start() >= 0 && f.end() <= text.length() && f.start() < f.end())
			.sorted(Comparator.comparingInt(PlacedFact::start))
			.toList();
		Map<String, String[]> known = new HashMap<>();
		List<Segment> out = new ArrayList<>();
		int at = 0;
		for (PlacedFact f : facts) {
			if (f.start() < at) {
				continue;
			}
			if (f.start() > at) {
				out.add(new Segment(text.substring(at, f.start()), null, null));
			}
			String[] source = known.computeIfAbsent(f.source(), s -> describe(m, s, locale));
			out.add(new Segment(text.substring(f.start(), f.end()), source[0], source[1]));
			at = f.end();
		}
		if (at < text.length()) {
			out.add(new Segment(text.substring(at), null, null));
		}
		return out;
	}

	/** The source in people's words and the link to its record (or null). */
	String[] describe(Membership m, String source, Locale locale) {
		String slug = m.workspace().slug();
		if (Fact.MESSAGE.equals(source)) {
			return new String[] { msg(locale, "work.draft.source.message"), "#conversation" };
		}
		if (source.startsWith("reply:")) {
			return new String[] { msg(locale, "work.draft.kind.reply"), "#conversation" };
		}
		String[] parts = source.split(":", 3);
		String type = parts[0];
		String field = parts.length > 2 ? parts[2] : "";
		if (field.startsWith("line.")) {
			// an order line's field: line.<n>.quantity
			field = "line_" + field.substring(field.lastIndexOf('.') + 1);
		}
		String what = field.isEmpty() ? msg(locale, "work.draft.field.record")
				: messages.getMessage("work.draft.field." + field, null, msg(locale, "work.draft.field.other"), locale);
		UUID id = parts.length > 1 ? uuid(parts[1]) : null;
		if ("shipment".equals(type) && id != null) {
			try {
				var s = shipments.shipment(m, new ShipmentId(id));
				return new String[] { msg(locale, "work.draft.source.shipment", s.label(), what),
						"/w/" + slug + "/shipments/" + id };
			}
			catch (NotFoundException e) {
				return new String[] { msg(locale, "work.draft.source.shipment", "", what), null };
			}
		}
		if ("order".equals(type) && id != null) {
			try {
				var o = shipments.order(m, id);
				return new String[] { msg(locale, "work.draft.source.order", o.number(), what), null };
			}
			catch (NotFoundException e) {
				return new String[] { msg(locale, "work.draft.source.order", "", what), null };
			}
		}
		String kind = messages.getMessage("work.draft.kind." + type, null, msg(locale, "work.draft.kind.record"),
				locale);
		return new String[] { msg(locale, "work.draft.source.record", kind, what), null };
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static @Nullable UUID uuid(String s) {
		try {
			return UUID.fromString(s);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
