package dev.deskhand.parties;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer or carrier with its contacts and e-mail domains.
 *
 * @param slaPolicy the customer's own SLA policy (an id of the work module), or null
 * @param carrierCodes a carrier's SCAC, IATA prefix and tracking-link template, or null
 */
public record PartyView(PartyId id, WorkspaceId workspace, PartyKind kind, String name, String language,
		List<String> accountRefs, String notes, @Nullable UUID slaPolicy, List<String> domains,
		List<ContactView> contacts, Instant updatedAt, @Nullable CarrierCodes carrierCodes) {

	/** The scope kind whose keys are customer names. */
	public static final String CUSTOMER_SCOPE_KIND = "customer";

	public PartyView {
		accountRefs = List.copyOf(accountRefs);
		domains = List.copyOf(domains);
		contacts = List.copyOf(contacts);
	}

	/** A party without carrier codes. */
	public PartyView(PartyId id, WorkspaceId workspace, PartyKind kind, String name, String language,
			List<String> accountRefs, String notes, @Nullable UUID slaPolicy, List<String> domains,
			List<ContactView> contacts, Instant updatedAt) {
		this(id, workspace, kind, name, language, accountRefs, notes, slaPolicy, domains, contacts, updatedAt, null);
	}

	/**
	 * The scope a customer's work and mail are filed under ({@code customer:NAME}); null
	 * for a carrier.
	 */
	public @Nullable String scope() {
		return kind == PartyKind.CUSTOMER ? CUSTOMER_SCOPE_KIND + ":" + name : null;
	}

}
