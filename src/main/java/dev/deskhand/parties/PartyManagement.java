package dev.deskhand.parties;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.internal.Parties;
import dev.deskhand.parties.internal.PartyChecks;
import dev.deskhand.parties.internal.PartyImport;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties module's facade: a workspace's customers and carriers with their contacts
 * and e-mail domains. Members who may see work ({@link Permission#WORK_VIEW}) read them —
 * a scoped member only the carriers and the customers of their {@code customer:} scopes —
 * and {@link Permission#PARTIES_MANAGE} changes them. Every change publishes an
 * {@link AuditableChange} and {@link PartyCreated} or {@link PartyChanged} in its
 * transaction. Methods without a {@link Membership} are for other modules acting as the
 * system (matching received mail, filling a queue filter).
 */
@Service
@Transactional
public class PartyManagement {

	/** The most a type-ahead or list answers. */
	public static final int MAX_LIST = 500;

	private final Parties parties;

	private final PartyImport imports;

	private final ObjectProvider<SlaPolicyChoices> slaPolicies;

	private final ApplicationEventPublisher events;

	private final SensitiveReadLog reads;

	private final Clock clock;

	PartyManagement(Parties parties, PartyImport imports, ObjectProvider<SlaPolicyChoices> slaPolicies,
			ApplicationEventPublisher events, SensitiveReadLog reads, Clock clock) {
		this.parties = parties;
		this.imports = imports;
		this.slaPolicies = slaPolicies;
		this.events = events;
		this.reads = reads;
		this.clock = clock;
	}

	/**
	 * The parties the caller sees, of {@code kind} (null: both), whose name starts with
	 * or contains {@code query} whatever its case (null or blank: all), prefix matches
	 * first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<PartyView> list(Membership m, @Nullable PartyKind kind, @Nullable String query, int limit) {
		require(m, Permission.WORK_VIEW);
		int max = Math.clamp(limit, 1, MAX_LIST);
		return parties.search(ws(m), kind, query == null ? "" : query, m.scoped() ? MAX_LIST : max)
			.stream()
			.filter(p -> sees(m, p))
			.limit(max)
			.toList();
	}

	/**
	 * Addresses of the customers' and carriers' contacts the caller may see whose
	 * address, name or party name contains {@code query}: the composer's type-ahead.
	 */
	@Transactional(readOnly = true)
	public List<String> contactAddresses(Membership m, String query, int limit) {
		require(m, Permission.WORK_VIEW);
		int max = Math.clamp(limit, 1, 50);
		return parties.contactsMatching(ws(m), query, m.scoped() ? MAX_LIST : max)
			.stream()
			.filter(c -> !m.scoped() || c.kind() == PartyKind.CARRIER
					|| m.sees(new ScopeRef(PartyView.CUSTOMER_SCOPE_KIND, c.partyName())))
			.map(Parties.ContactMatch::email)
			.limit(max)
			.toList();
	}

	/**
	 * One party with its contacts (a sensitive read: contact data).
	 * @throws NotFoundException when it does not exist or the caller may not see it
	 */
	@Transactional(readOnly = true)
	public PartyView party(Membership m, PartyId id) {
		require(m, Permission.WORK_VIEW);
		PartyView p = visible(m, id);
		reads.record(new SensitiveRead(ws(m), "party", id.toString(), "read party and contacts"));
		return p;
	}

	/**
	 * @throws InvalidInputException for {@code /name} (also when taken, whatever its
	 * case), {@code /language}, {@code /accountRefs}, {@code /notes}, {@code /slaPolicy}
	 * or {@code /domains} (also when another party has one)
	 */
	public PartyView create(Membership m, NewParty n) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView p = checked(ws(m), PartyId.random(), n, now());
		parties.insert(p, now());
		events.publishEvent(new PartyCreated(p.workspace(), p.id(), p.kind(), p.name()));
		events.publishEvent(AuditableChange.created(p.workspace(), "party", p.id(), p, summary(p)));
		return p;
	}

	/**
	 * Replaces the party's fields and domains with {@code n} (contacts stay).
	 * @throws InvalidInputException as {@link #create}
	 */
	public PartyView update(Membership m, PartyId id, NewParty n) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView before = visible(m, id);
		PartyView checked = checked(ws(m), id, n, now());
		PartyView after = new PartyView(id, before.workspace(), checked.kind(), checked.name(), checked.language(),
				checked.accountRefs(), checked.notes(), checked.slaPolicy(), checked.domains(), before.contacts(),
				checked.updatedAt(), checked.carrierCodes());
		parties.update(after, now());
		changed(before, after, "Changed " + summary(after));
		return after;
	}

	/** Deletes the party with its contacts and domains; work keeps its name. */
	public void delete(Membership m, PartyId id) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView before = visible(m, id);
		parties.delete(ws(m), id);
		events
			.publishEvent(new PartyChanged(before.workspace(), id, before.kind(), before.name(), before.name(), true));
		events.publishEvent(
				AuditableChange.deleted(before.workspace(), "party", id, before, "Deleted " + summary(before)));
	}

	/**
	 * @throws InvalidInputException for {@code /name}, {@code /email} (also when another
	 * contact of the workspace has it), {@code /phone}, {@code /language}
	 */
	public ContactView addContact(Membership m, PartyId party, NewContact c) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView before = visible(m, party);
		ContactView contact = PartyChecks.contact(UUID.randomUUID(), c);
		emailFree(ws(m), contact.email(), null);
		parties.insertContact(ws(m), party, contact, now());
		contactChanged(before, "Added contact " + contact.name() + " to " + before.name());
		return contact;
	}

	/**
	 * @throws InvalidInputException as {@link #addContact}
	 */
	public ContactView updateContact(Membership m, PartyId party, UUID contact, NewContact c) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView before = visible(m, party);
		before.contacts()
			.stream()
			.filter(x -> x.id().equals(contact))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No such contact"));
		ContactView after = PartyChecks.contact(contact, c);
		emailFree(ws(m), after.email(), contact);
		parties.updateContact(party, after);
		contactChanged(before, "Changed contact " + after.name() + " of " + before.name());
		return after;
	}

	public void removeContact(Membership m, PartyId party, UUID contact) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView before = visible(m, party);
		if (!parties.deleteContact(party, contact)) {
			throw new NotFoundException("No such contact");
		}
		contactChanged(before, "Removed a contact of " + before.name());
	}

	/**
	 * @throws InvalidInputException for {@code /domains}
	 */
	public PartyView addDomain(Membership m, PartyId party, String domain) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView p = visible(m, party);
		List<String> domains = new ArrayList<>(p.domains());
		domains.add(domain);
		return update(m, party, asNew(p, domains));
	}

	public PartyView removeDomain(Membership m, PartyId party, String domain) {
		require(m, Permission.PARTIES_MANAGE);
		PartyView p = visible(m, party);
		String d = domain.strip().toLowerCase(java.util.Locale.ROOT);
		if (!p.domains().contains(d)) {
			throw new NotFoundException("No such domain");
		}
		return update(m, party, asNew(p, p.domains().stream().filter(x -> !x.equals(d)).toList()));
	}

	/**
	 * Imports customers, carriers and contacts from CSV (UTF-8, or Windows-1252 when the
	 * bytes are not UTF-8; comma or semicolon). A party is found by name whatever its
	 * case and updated, a contact by e-mail address: importing the same file twice
	 * changes nothing. All or nothing: a bad line stores nothing.
	 * @throws ImportRefused naming the first bad line
	 */
	public ImportResult importCsv(Membership m, byte[] csv) {
		require(m, Permission.PARTIES_MANAGE);
		return imports.run(ws(m), csv, this::partyImported);
	}

	/**
	 * The party a sender belongs to: the one with a contact of exactly this address, else
	 * the one owning its domain (both whatever the case).
	 */
	@Transactional(readOnly = true)
	public Optional<PartyView> matchSender(WorkspaceId workspace, String address) {
		return parties.matchSender(workspace, address).flatMap(id -> parties.find(workspace, id));
	}

	/** The party, for a module acting as the system. */
	@Transactional(readOnly = true)
	public Optional<PartyView> find(WorkspaceId workspace, PartyId id) {
		return parties.find(workspace, id);
	}

	/**
	 * Parties whose name starts with or contains {@code query} (case-insensitive), for a
	 * module that applies its own access (a queue filter).
	 */
	@Transactional(readOnly = true)
	public List<PartyView> search(WorkspaceId workspace, String query, int limit) {
		return parties.search(workspace, null, query, Math.clamp(limit, 1, MAX_LIST));
	}

	/**
	 * The names of the workspace's customers: the keys of the {@code customer:} scope.
	 */
	@Transactional(readOnly = true)
	public List<String> customerNames(WorkspaceId workspace) {
		return parties.customerNames(workspace);
	}

	/** The SLA policies a customer may be given (empty when no module offers any). */
	@Transactional(readOnly = true)
	public List<SlaPolicyChoices.Choice> slaPolicyChoices(Membership m) {
		require(m, Permission.WORK_VIEW);
		SlaPolicyChoices choices = slaPolicies.getIfAvailable();
		return choices == null ? List.of() : choices.of(ws(m));
	}

	/** Audits and announces a party an import created or changed. */
	private void partyImported(@Nullable PartyView before, PartyView after) {
		if (before == null) {
			events.publishEvent(new PartyCreated(after.workspace(), after.id(), after.kind(), after.name()));
			events.publishEvent(AuditableChange.created(after.workspace(), "party", after.id(), after,
					"Imported " + summary(after)));
		}
		else {
			changed(before, after, "Imported " + summary(after));
		}
	}

	private PartyView checked(WorkspaceId ws, PartyId id, NewParty n, Instant now) {
		if (n.kind() == null) {
			throw new InvalidInputException("/kind", "Kind must be CUSTOMER or CARRIER", "parties.error.kind");
		}
		String name = PartyChecks.name(n.name());
		if (parties.nameTaken(ws, name, id)) {
			throw new InvalidInputException("/name", "A party of this name exists", "parties.error.nameTaken");
		}
		List<String> domains = PartyChecks.domains(n.domains());
		for (String d : domains) {
			parties.domainOwner(ws, d).filter(owner -> !owner.equals(id)).ifPresent(owner -> {
				throw new InvalidInputException("/domains", "Another party has the domain " + d,
						"parties.error.domainTaken");
			});
		}
		UUID policy = n.kind() == PartyKind.CUSTOMER ? n.slaPolicy() : null;
		if (policy != null) {
			SlaPolicyChoices choices = slaPolicies.getIfAvailable();
			if (choices != null && choices.of(ws).stream().noneMatch(c -> c.id().equals(policy))) {
				throw new InvalidInputException("/slaPolicy", "No such SLA policy", "parties.error.slaPolicy");
			}
		}
		return new PartyView(id, ws, n.kind(), name, PartyChecks.language("/language", n.language(), "en"),
				PartyChecks.accountRefs(n.accountRefs()), PartyChecks.notes(n.notes()), policy, domains, List.of(), now,
				n.kind() == PartyKind.CARRIER ? PartyChecks.carrierCodes(n.carrierCodes()) : null);
	}

	private void emailFree(WorkspaceId ws, @Nullable String email, @Nullable UUID except) {
		if (email != null && parties.contactOwner(ws, email).filter(o -> !o.contact().equals(except)).isPresent()) {
			throw new InvalidInputException("/email", "Another contact has this address", "parties.error.emailTaken");
		}
	}

	private void contactChanged(PartyView before, String summary) {
		parties.touch(before.id(), now());
		PartyView after = parties.find(before.workspace(), before.id()).orElseThrow();
		changed(before, after, summary);
	}

	private void changed(PartyView before, PartyView after, String summary) {
		events.publishEvent(
				new PartyChanged(after.workspace(), after.id(), after.kind(), after.name(), before.name(), false));
		events.publishEvent(AuditableChange.updated(after.workspace(), "party", after.id(), before, after, summary));
	}

	private PartyView visible(Membership m, PartyId id) {
		return parties.find(ws(m), id)
			.filter(p -> sees(m, p))
			.orElseThrow(() -> new NotFoundException("No such party"));
	}

	/** A scoped member sees carriers and the customers of their scopes. */
	private static boolean sees(Membership m, PartyView p) {
		return !m.scoped() || p.kind() == PartyKind.CARRIER
				|| m.sees(new ScopeRef(PartyView.CUSTOMER_SCOPE_KIND, p.name()));
	}

	private static NewParty asNew(PartyView p, List<String> domains) {
		return new NewParty(p.kind(), p.name(), p.language(), p.accountRefs(), p.notes(), p.slaPolicy(), domains);
	}

	private static String summary(PartyView p) {
		return (p.kind() == PartyKind.CUSTOMER ? "customer " : "carrier ") + p.name();
	}

	private static void require(Membership m, Permission permission) {
		if (!m.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, "Your role may not do this");
		}
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

	private Instant now() {
		return clock.instant();
	}

}
