package dev.deskhand.work;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SOP shown beside an item and which of its checklist points are ticked.
 *
 * @param sop the current SOP of the item's type, or null when it has none
 * @param ticked one flag per checklist point
 */
public record ChecklistView(@Nullable SopView sop, List<Boolean> ticked) {

	public ChecklistView {
		ticked = List.copyOf(ticked);
	}

	public boolean complete() {
		return !ticked.contains(false);
	}

}
