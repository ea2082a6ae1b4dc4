package dev.deskhand.parties.internal;

import dev.deskhand.parties.ContactView;
import dev.deskhand.parties.ImportRefused;
import dev.deskhand.parties.ImportResult;
import dev.deskhand.parties.NewContact;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a parties CSV line by line in the caller's transaction: a party is found by
 * name (whatever its case) and updated — domains and account references are added to the
 * ones it has — else created; a contact is found by e-mail address (or by name within the
 * party when it has none) and updated, else added. The first bad line throws
 * {@link ImportRefused}, which rolls everything back.
 */
@Component
public class PartyImport {

	private final Parties parties;

	private final Clock clock;

	PartyImport(Parties parties, Clock clock) {
		this.parties = parties;
		this.clock = clock;
	}

	/**
	 * @param changed told once per party the import created (before is null) or changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ImportResult run(WorkspaceId ws, byte[] csv, BiConsumer<@Nullable PartyView, PartyView> changed) {
		Instant now = clock.instant();
		Map<PartyId, Optional<PartyView>> before = new LinkedHashMap<>();
		int contacts = 0;
		for (PartyCsv.Row row : PartyCsv.parse(csv)) {
			try {
				PartyView party = party(ws, row, before, now);
				if (contact(ws, party, row, now)) {
					contacts++;
				}
			}
			catch (ImportRefused e) {
				throw e;
			}
			catch (InvalidInputException e) {
				throw new ImportRefused(row.line(), e.getMessage(),
						e.messageKey() == null ? "parties.import.invalid" : e.messageKey());
			}
		}
		int created = 0;
		int updated = 0;
		for (var e : before.entrySet()) {
			PartyView after = parties.find(ws, e.getKey()).orElseThrow();
			if (e.getValue().isEmpty()) {
				created++;
				changed.accept(null, after);
			}
			else {
				updated++;
				if (!same(e.getValue().get(), after)) {
					changed.accept(e.getValue().get(), after);
				}
			}
		}
		return new ImportResult(created, updated, contacts);
	}

	private PartyView party(WorkspaceId ws, PartyCsv.Row row, Map<PartyId, Optional<PartyView>> before, Instant now) {
		PartyKind kind = kind(row);
		String name = PartyChecks.name(row.get("name"));
		Optional<PartyView> existing = parties.findByName(ws, name);
		PartyId id = existing.map(PartyView::id).orElseGet(PartyId::random);
		before.putIfAbsent(id, existing);
		Set<String> domains = new LinkedHashSet<>(existing.map(PartyView::domains).orElse(List.of()));
		domains.addAll(PartyChecks.domains(split(row.get("domains"))));
		for (String d : domains) {
			parties.domainOwner(ws, d).filter(owner -> !owner.equals(id)).ifPresent(owner -> {
				throw new InvalidInputException("/domains", "Another party has the domain " + d,
						"parties.error.domainTaken");
			});
		}
		Set<String> refs = new LinkedHashSet<>(existing.map(PartyView::accountRefs).orElse(List.of()));
		refs.addAll(split(row.get("accountRefs")));
		String notes = row.get("notes").isEmpty() ? existing.map(PartyView::notes).orElse("") : row.get("notes");
		String language = PartyChecks.language("/language", row.get("language"),
				existing.map(PartyView::language).orElse("en"));
		PartyView p = new PartyView(id, ws, kind, existing.map(PartyView::name).orElse(name), language,
				PartyChecks.accountRefs(List.copyOf(refs)), PartyChecks.notes(notes),
				kind == PartyKind.CUSTOMER ? existing.map(PartyView::slaPolicy).orElse(null) : null,
				List.copyOf(domains), List.of(), now, existing.map(PartyView::carrierCodes).orElse(null));
		if (existing.isPresent()) {
			parties.update(p, now);
		}
		else {
			parties.insert(p, now);
		}
		return parties.find(ws, id).orElseThrow();
	}

	/** Adds or updates the line's contact; false when the line has none. */
	private boolean contact(WorkspaceId ws, PartyView party, PartyCsv.Row row, Instant now) {
		String name = row.get("contactName");
		String email = row.get("contactEmail");
		if (name.isEmpty() && email.isEmpty()) {
			return false;
		}
		ContactView checked = PartyChecks.contact(UUID.randomUUID(), new NewContact(name.isEmpty() ? email : name,
				email, row.get("contactPhone"), row.get("contactLanguage")));
		Optional<ContactView> existing;
		if (checked.email() != null) {
			Optional<Parties.ContactOwner> owner = parties.contactOwner(ws, checked.email());
			if (owner.isPresent() && !owner.get().party().equals(party.id())) {
				throw new InvalidInputException("/email", "Another party's contact has the address " + checked.email(),
						"parties.error.emailTaken");
			}
			existing = owner
				.flatMap(o -> party.contacts().stream().filter(c -> c.id().equals(o.contact())).findFirst());
		}
		else {
			existing = party.contacts()
				.stream()
				.filter(c -> c.email() == null && c.name().equalsIgnoreCase(checked.name()))
				.findFirst();
		}
		if (existing.isPresent()) {
			ContactView e = existing.get();
			parties.updateContact(party.id(),
					new ContactView(e.id(), name.isEmpty() ? e.name() : checked.name(), checked.email(),
							checked.phone() == null ? e.phone() : checked.phone(),
							checked.language() == null ? e.language() : checked.language()));
		}
		else {
			parties.insertContact(ws, party.id(), checked, now);
		}
		return true;
	}

	private static PartyKind kind(PartyCsv.Row row) {
		String k = row.get("kind").toLowerCase(Locale.ROOT);
		return switch (k) {
			case "customer", "kunde", "client" -> PartyKind.CUSTOMER;
			case "carrier", "fragtfører", "vognmand", "transportør", "frachtführer", "spediteur", "haulier" ->
				PartyKind.CARRIER;
			default -> throw new InvalidInputException("/kind", "Kind must be customer or carrier, not '" + k + "'",
					"parties.import.kind");
		};
	}

	/**
	 * Several values in one field: separated by spaces, '|' or (in a semicolon file)
	 * commas.
	 */
	private static List<String> split(String field) {
		return Arrays.stream(field.split("[\\s|,]+")).filter(s -> !s.isBlank()).toList();
	}

	private static boolean same(PartyView a, PartyView b) {
		return a.kind() == b.kind() && a.name().equals(b.name()) && a.language().equals(b.language())
				&& a.accountRefs().equals(b.accountRefs()) && a.notes().equals(b.notes())
				&& java.util.Objects.equals(a.slaPolicy(), b.slaPolicy()) && a.domains().equals(b.domains())
				&& a.contacts().equals(b.contacts());
	}

}
