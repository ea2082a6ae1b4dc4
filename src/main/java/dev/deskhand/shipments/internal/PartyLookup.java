package dev.deskhand.shipments.internal;

import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyView;
import dev.deskhand.references.ReferenceType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's carriers and customers as an import matches them: a carrier by SCAC,
 * IATA prefix (also an air waybill's first three digits) or name, a customer by name,
 * whatever the case. Read once per import.
 */
final class PartyLookup {

	private final Map<String, UUID> carriers = new HashMap<>();

	private final Map<String, UUID> customers = new HashMap<>();

	PartyLookup(List<PartyView> parties) {
		for (PartyView p : parties) {
			if (p.kind() == PartyKind.CARRIER) {
				carriers.putIfAbsent(key(p.name()), p.id().value());
				if (p.carrierCodes() != null) {
					if (p.carrierCodes().scac() != null) {
						carriers.put(key(p.carrierCodes().scac()), p.id().value());
					}
					if (p.carrierCodes().iataPrefix() != null) {
						carriers.put(p.carrierCodes().iataPrefix(), p.id().value());
					}
				}
			}
			else {
				customers.put(key(p.name()), p.id().value());
			}
		}
	}

	@Nullable UUID carrier(@Nullable String named, List<ReferenceCheck.Checked> refs) {
		if (named != null && !named.isBlank()) {
			UUID found = carriers.get(key(named));
			if (found != null) {
				return found;
			}
		}
		for (ReferenceCheck.Checked r : refs) {
			if (r.type() == ReferenceType.AIR_WAYBILL && r.value().length() >= 3) {
				UUID found = carriers.get(r.value().substring(0, 3));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Nullable UUID customer(@Nullable String named) {
		return named == null || named.isBlank() ? null : customers.get(key(named));
	}

	private static String key(String s) {
		return s.strip().toLowerCase(Locale.ROOT);
	}

}
