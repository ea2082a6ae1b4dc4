package dev.deskhand.work;

import dev.deskhand.parties.PartyChanged;
import dev.deskhand.work.internal.PartyCopies;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A renamed party: its items show the new name, and a customer's items and documents move
 * to its new scope (grants move with the rename itself, in parties' transaction).
 */
@Component
class WorkItemsOnPartyRenamed {

	private final PartyCopies copies;

	WorkItemsOnPartyRenamed(PartyCopies copies) {
		this.copies = copies;
	}

	@ApplicationModuleListener
	void on(PartyChanged event) {
		copies.renamed(event);
	}

}
