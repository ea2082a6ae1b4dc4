package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.work.internal.Actor;
import dev.deskhand.work.internal.ItemAccess;
import dev.deskhand.work.internal.ItemRelations;
import dev.deskhand.work.internal.Presence;
import dev.deskhand.work.internal.WorkItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team does together on items: who is replying on an item right now (collision
 * detection), merging two items about the same matter, linking related ones, and snoozing
 * one until a given time. Every method takes the caller's {@link Membership} and answers
 * {@code NotFoundException} for an item outside the caller's scopes; other items are
 * named by id or reference ({@code W-12}).
 */
@Service
@Transactional
public class TeamWork {

	/** The longest snooze. */
	public static final Duration MAX_SNOOZE = Duration.ofDays(366);

	private static final Pattern REFERENCE = Pattern.compile("(?i)\\s*(?:W-?)?(\\d{1,18})\\s*");

	private final ItemAccess access;

	private final Presence presence;

	private final ItemRelations relations;

	private final Clock clock;

	TeamWork(ItemAccess access, Presence presence, ItemRelations relations, Clock clock) {
		this.access = access;
		this.presence = presence;
		this.relations = relations;
		this.clock = clock;
	}

	/**
	 * The caller has the item's reply box open (sent every ~15 s while it is); the others
	 * on the item are told at once when this starts.
	 */
	public void replying(Membership m, WorkItemId id) {
		presence.replying(m, access.visible(m, id), now());
	}

	/** The caller closed the reply box, sent, or left the item. */
	public void stoppedReplying(Membership m, WorkItemId id) {
		presence.left(m, access.visible(m, id));
	}

	/** The names of the other members replying on the item now. */
	@Transactional(readOnly = true)
	public List<String> othersReplying(Membership m, WorkItemId id) {
		return presence.othersReplying(m, access.visible(m, id), now());
	}

	/** What the item was merged into, what was merged into it, its links and snooze. */
	@Transactional(readOnly = true)
	public ItemRelationsView relations(Membership m, WorkItemId id) {
		access.visible(m, id);
		ItemRef into = relations.survivorOf(id).flatMap(s -> ref(m, s)).orElse(null);
		return new ItemRelationsView(into, visible(m, relations.mergedInto(id)), visible(m, relations.links(id)),
				relations.snoozedUntil(id));
	}

	/**
	 * Merges the item into another about the same matter: the item is closed as merged,
	 * the survivor shows its conversation and timeline, and later mail on its
	 * conversation goes to the survivor.
	 * @param into the surviving item's id or reference
	 * @throws InvalidInputException for {@code /into}
	 */
	public ItemRelationsView merge(Membership m, WorkItemId id, String into) {
		WorkItem merged = access.visible(m, id);
		WorkItem survivor = find(m, into, "/into");
		relations.merge(Actor.of(m), merged, survivor, now());
		return relations(m, survivor.id());
	}

	/**
	 * Links two related items (shown on both).
	 * @throws InvalidInputException for {@code /to}
	 */
	public ItemRelationsView link(Membership m, WorkItemId id, String to) {
		WorkItem one = access.visible(m, id);
		relations.link(Actor.of(m), one, find(m, to, "/to"), now());
		return relations(m, id);
	}

	public ItemRelationsView unlink(Membership m, WorkItemId id, WorkItemId other) {
		relations.unlink(Actor.of(m), access.visible(m, id), access.visible(m, other), now());
		return relations(m, id);
	}

	/**
	 * Hides the item from the open queue until {@code until}; it comes back by itself
	 * then, or earlier when the customer writes.
	 * @throws InvalidInputException for {@code /until} not in the future or over a year
	 * ahead, or a done item
	 */
	public ItemRelationsView snooze(Membership m, WorkItemId id, Instant until) {
		WorkItem item = access.visible(m, id);
		Instant now = now();
		if (!until.isAfter(now) || until.isAfter(now.plus(MAX_SNOOZE))) {
			throw new InvalidInputException("/until", "Snooze until a time within the next year",
					"relations.error.until");
		}
		if (item.status().done()) {
			throw new InvalidInputException("/until", "A done item cannot be snoozed", "relations.error.done");
		}
		relations.snooze(Actor.of(m), item, until.truncatedTo(ChronoUnit.MICROS), now);
		return relations(m, id);
	}

	/** Back in the open queue now. */
	public ItemRelationsView unsnooze(Membership m, WorkItemId id) {
		relations.wake(Actor.of(m), access.visible(m, id), "member", now());
		return relations(m, id);
	}

	private WorkItem find(Membership m, @Nullable String reference, String pointer) {
		String ref = reference == null ? "" : reference.strip();
		try {
			WorkItemId id;
			Matcher number = REFERENCE.matcher(ref);
			if (number.matches()) {
				id = relations.byNumber(m.workspace().id(), Long.parseLong(number.group(1)))
					.orElseThrow(() -> new NotFoundException("No such work item"));
			}
			else {
				id = new WorkItemId(UUID.fromString(ref));
			}
			return access.visible(m, id);
		}
		catch (NotFoundException | IllegalArgumentException e) {
			throw new InvalidInputException(pointer, "No such work item: " + ref, "relations.error.unknown");
		}
	}

	private java.util.Optional<ItemRef> ref(Membership m, WorkItemId id) {
		try {
			WorkItemView v = access.visible(m, id).view();
			return java.util.Optional
				.of(new ItemRef(v.id(), v.reference(), v.title(), v.status(), v.scope(), v.conversation()));
		}
		catch (NotFoundException e) {
			return java.util.Optional.empty();
		}
	}

	private static List<ItemRef> visible(Membership m, List<ItemRef> refs) {
		return refs.stream().filter(r -> ItemAccess.sees(m, r.scope())).toList();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
