package dev.deskhand.assistant;

import dev.deskhand.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;

/**
 * Facts a higher module holds about the references of an e-mail (billing: invoices). The
 * assistant declares it and asks every bean that implements it when it drafts; it never
 * knows the module behind it.
 */
public interface FactSource {

	/**
	 * The facts this source knows about {@code references} in {@code workspace}; empty
	 * when none. Never throws for an unknown reference.
	 */
	List<Fact> facts(WorkspaceId workspace, Collection<FoundReference> references);

}
