package dev.deskhand.work.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.access.Membership;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.ChecklistView;
import dev.deskhand.work.SopView;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemChange;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The changes a member makes to an item they see, for the facade. */
@Component
public class ItemChanges {

	private final ItemLifecycle lifecycle;

	private final ItemAccess access;

	private final Timeline timeline;

	private final Sops sops;

	private final Mentions mentions;

	ItemChanges(ItemLifecycle lifecycle, ItemAccess access, Timeline timeline, Sops sops, Mentions mentions) {
		this.mentions = mentions;
		this.lifecycle = lifecycle;
		this.access = access;
		this.timeline = timeline;
		this.sops = sops;
	}

	public boolean viewedRecently(WorkItem item, Membership m, Instant now, Duration window) {
		return timeline.viewedRecently(item.id, m.member().id(), now, window);
	}

	public void apply(Membership m, WorkItem item, WorkItemChange c, Instant now) {
		Actor actor = Actor.of(m);
		WorkItemView before = item.view();
		Map<TimelineKind, Map<String, Object>> entries = new LinkedHashMap<>();
		boolean retarget = false;
		if (c.type() != null) {
			String type = Inputs.type("/type", c.type());
			if (!type.equals(item.type)) {
				entries.put(TimelineKind.TYPE_CHANGED, Map.of("from", item.type, "to", type));
				item.type = type;
				retarget = true;
			}
		}
		if (c.priority() != null && c.priority() != item.priority) {
			entries.put(TimelineKind.PRIORITY_CHANGED, Map.of("from", item.priority.name(), "to", c.priority().name()));
			item.priority = c.priority();
			retarget = true;
		}
		if (c.clearDue() || c.due() != null && !c.due().equals(item.due)) {
			item.due = c.clearDue() ? null : c.due();
			entries.put(TimelineKind.DUE_CHANGED, Map.of("to", String.valueOf(item.due)));
		}
		if (c.tags() != null) {
			List<String> tags = Inputs.tags(c.tags());
			if (!tags.equals(item.tags)) {
				entries.put(TimelineKind.TAGS_CHANGED, Map.of("from", item.tags, "to", tags));
				item.tags = tags;
			}
		}
		if (c.status() == WorkStatus.RESOLVED && item.status != WorkStatus.RESOLVED) {
			requireChecklist(item);
		}
		if (!entries.isEmpty()) {
			if (retarget) {
				lifecycle.applyPolicy(item, now);
			}
			item.touched(now);
			lifecycle.save(item, before, item.reference() + " changed: " + entries.keySet());
			entries.forEach((kind, data) -> timeline.append(item.id, now, actor, kind, data));
		}
		if (c.unassign()) {
			lifecycle.assign(item, actor, null, null, now);
		}
		else if (c.assignee() != null) {
			MemberView to = access.assignee(m, c.assignee(), item.scope);
			lifecycle.assign(item, actor, to.id(), to.displayName(), now);
		}
		if (c.status() != null) {
			lifecycle.changeStatus(item, actor, c.status(), now);
		}
	}

	/** Appends the entry; a note's {@code @name}s notify those members. */
	public void note(Membership m, WorkItem item, TimelineKind kind, Map<String, ?> data, Instant now) {
		timeline.append(item.id, now, Actor.of(m), kind, data);
		if (kind == TimelineKind.NOTE && data.get("text") instanceof String text) {
			mentions.notify(m, item, text, now);
		}
	}

	public ChecklistView checklist(WorkItem item) {
		Optional<SopView> sop = sops.current(item.workspace, item.type);
		if (sop.isEmpty()) {
			return new ChecklistView(null, List.of());
		}
		Set<Integer> ticks = sops.ticks(item.id, sop.get().id());
		List<Boolean> ticked = new ArrayList<>();
		for (int i = 0; i < sop.get().checklist().size(); i++) {
			ticked.add(ticks.contains(i));
		}
		return new ChecklistView(sop.get(), ticked);
	}

	public ChecklistView tick(Membership m, WorkItem item, int index, Instant now) {
		SopView sop = sops.current(item.workspace, item.type)
			.filter(s -> index >= 0 && index < s.checklist().size())
			.orElseThrow(() -> new InvalidInputException("/index", Text.of("input.checklistPoint")));
		if (sops.tick(item.id, sop.id(), index, Objects.requireNonNull(m.member().id()), now)) {
			timeline.append(item.id, now, Actor.of(m), TimelineKind.CHECKLIST_TICKED, Map.of("sop", sop.id().toString(),
					"version", sop.version(), "index", index, "point", sop.checklist().get(index)));
		}
		return checklist(item);
	}

	/** Takes a tick back; recorded on the timeline when there was one. */
	public ChecklistView untick(Membership m, WorkItem item, int index, Instant now) {
		SopView sop = sops.current(item.workspace, item.type)
			.filter(s -> index >= 0 && index < s.checklist().size())
			.orElseThrow(() -> new InvalidInputException("/index", Text.of("input.checklistPoint")));
		if (sops.untick(item.id, sop.id(), index)) {
			timeline.append(item.id, now, Actor.of(m), TimelineKind.CHECKLIST_UNTICKED,
					Map.of("sop", sop.id().toString(), "version", sop.version(), "index", index, "point",
							sop.checklist().get(index)));
		}
		return checklist(item);
	}

	private void requireChecklist(WorkItem item) {
		ChecklistView list = checklist(item);
		if (list.sop() != null && list.sop().requireChecklist() && !list.complete()) {
			throw new InvalidInputException("/status", Text.of("input.checklistOpen", item.type));
		}
	}

}
