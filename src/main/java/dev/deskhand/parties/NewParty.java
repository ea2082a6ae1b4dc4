package dev.deskhand.parties;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A party to create, or the full new state of one (contacts are changed on their own).
 *
 * @param name unique in the workspace, whatever its case
 * @param language {@code da}, {@code de} or {@code en}; null for {@code en}
 * @param accountRefs the party's numbers in other systems (customer number, carrier
 * account)
 * @param slaPolicy a customer's own SLA policy (the work module's); null for the generic
 * ones
 * @param domains e-mail domains whose senders belong to the party, e.g.
 * {@code lego.example}; unique in the workspace
 * @param carrierCodes a carrier's SCAC, IATA prefix and tracking-link template (ignored
 * for a customer)
 */
public record NewParty(PartyKind kind, String name, @Nullable String language, @Nullable List<String> accountRefs,
		@Nullable String notes, @Nullable UUID slaPolicy, @Nullable List<String> domains,
		@Nullable CarrierCodes carrierCodes) {

	/** A party without carrier codes. */
	public NewParty(PartyKind kind, String name, @Nullable String language, @Nullable List<String> accountRefs,
			@Nullable String notes, @Nullable UUID slaPolicy, @Nullable List<String> domains) {
		this(kind, name, language, accountRefs, notes, slaPolicy, domains, null);
	}

	public static NewParty of(PartyKind kind, String name, String language, String... domains) {
		return new NewParty(kind, name, language, List.of(), null, null, List.of(domains));
	}

}
