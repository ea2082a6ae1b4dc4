package dev.deskhand.shipments;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ingest.UnreadableFile;
import dev.deskhand.shipments.internal.IngestCheck;
import dev.deskhand.shipments.internal.IngestPreview;
import dev.deskhand.shipments.internal.Orders;
import dev.deskhand.shipments.internal.ReferenceCheck;
import dev.deskhand.references.ReferenceEntry;
import dev.deskhand.references.ReferenceManagement;
import dev.deskhand.shipments.internal.ShipmentRecords;
import dev.deskhand.shipments.internal.TrackingIngest;
import dev.deskhand.shipments.internal.WebhookSecrets;
import dev.deskhand.workspace.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipments module's facade: tracking events imported from files, the API and the
 * webhook; shipments and orders typed in by hand; shipments and their timelines read.
 * Importing and changing need {@link Permission#SHIPMENTS_MANAGE}, reading
 * {@link Permission#WORK_VIEW}; a shipment with a customer is in the scope
 * {@code customer:NAME}, one without is seen only by unscoped members. Methods without a
 * {@link Membership} act as the system (the webhook after its signature is checked, the
 * demo data).
 */
@Service
@Transactional
public class ShipmentManagement {

	private final TrackingIngest ingest;

	private final ShipmentRecords shipments;

	private final Orders orders;

	private final WebhookSecrets webhooks;

	private final PartyManagement parties;

	private final ReferenceManagement references;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ShipmentManagement(TrackingIngest ingest, ShipmentRecords shipments, Orders orders, WebhookSecrets webhooks,
			PartyManagement parties, ReferenceManagement references, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.ingest = ingest;
		this.references = references;
		this.shipments = shipments;
		this.orders = orders;
		this.webhooks = webhooks;
		this.parties = parties;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	// ---- import

	/**
	 * Imports a file of tracking events (the format named, or guessed when null; a CSV
	 * mapping for a CSV whose headers are not recognised), in batches of one transaction
	 * each; reasons in the current request's language.
	 * @throws InvalidInputException when nothing in the file can be read, or for an
	 * unknown format: its field is the position (a line or segment number, or a JSON
	 * pointer)
	 */
	@Transactional(propagation = Propagation.NEVER)
	public ImportOutcome importEvents(Membership m, String fileName, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping) {
		return importEvents(m, fileName, content, format, mapping, LocaleContextHolder.getLocale());
	}

	/**
	 * As {@link #importEvents(Membership, String, byte[], String, CsvMapping)}, reasons
	 * in {@code language}.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public ImportOutcome importEvents(Membership m, String fileName, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, Locale language) {
		return importEvents(m, fileName, content, format, mapping, null, language);
	}

	/**
	 * As {@link #importEvents(Membership, String, byte[], String, CsvMapping, Locale)};
	 * the events that name no reference of their own (a carrier's answer about one parcel
	 * that does not repeat its number, as Sendle's) get {@code reference}, recognised,
	 * checked and recorded as every other reference.
	 * @throws InvalidInputException also for {@code /reference} (no letter or digit, or
	 * too long)
	 */
	@Transactional(propagation = Propagation.NEVER)
	public ImportOutcome importEvents(Membership m, String fileName, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, @Nullable String reference, Locale language) {
		require(m, Permission.SHIPMENTS_MANAGE);
		TrackingIngest.Result r = readable(() -> ingest.run(ws(m), fileName, content, format, mapping, reference, null,
				"member:" + m.member().id()));
		return outcome(r, language);
	}

	/**
	 * Imports as the system (the webhook after its signature was checked, the demo data):
	 * events without their own source are stored under {@code source}; reasons in
	 * English.
	 * @throws InvalidInputException when nothing in it can be read (field: the position)
	 */
	@Transactional(propagation = Propagation.NEVER)
	public ImportOutcome importEventsAsSystem(WorkspaceId workspace, String source, String fileName, byte[] content,
			@Nullable String format) {
		return importEventsAsSystem(workspace, source, fileName, content, format, null, null);
	}

	/**
	 * As {@link #importEventsAsSystem(WorkspaceId, String, String, byte[], String)}; a
	 * null {@code source} stores events under their format's name (as a member's import
	 * does, so the same file from the command line and the API is one import), a CSV may
	 * come with its mapping, and the events that name no reference get {@code reference}
	 * (as
	 * {@link #importEvents(Membership, String, byte[], String, CsvMapping, String, Locale)}).
	 * @throws InvalidInputException also for {@code /reference}
	 */
	@Transactional(propagation = Propagation.NEVER)
	public ImportOutcome importEventsAsSystem(WorkspaceId workspace, @Nullable String source, String fileName,
			byte[] content, @Nullable String format, @Nullable CsvMapping mapping, @Nullable String reference) {
		String by = source == null ? "system:command-line" : "system:" + source;
		return outcome(readable(() -> ingest.run(workspace, fileName, content, format, mapping, reference, source, by)),
				Locale.ENGLISH);
	}

	/** A file to import: its name, and its content read when it is needed. */
	public record ImportFile(String name, Callable<byte[]> content) {
	}

	/**
	 * Imports files one after the other as {@link #importEventsAsSystem} does, and reads
	 * and checks the next file on another thread while one is stored: parsing, reference
	 * checks and digests take the JVM's time while the database stores, instead of the
	 * two taking turns. {@code each} gets every file's outcome in order (a file that
	 * cannot be read or understood gets its reason, the others go on).
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void importFilesAsSystem(WorkspaceId workspace, List<ImportFile> files, @Nullable String format,
			@Nullable CsvMapping mapping, @Nullable String reference, BiConsumer<ImportFile, ImportResult> each) {
		ExecutorService ahead = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("import-check-ahead").daemon().factory());
		try {
			Future<Checked> next = files.isEmpty() ? null
					: ahead.submit(checkTask(files.getFirst(), format, mapping, reference));
			for (int i = 0; i < files.size(); i++) {
				Checked c = join(next);
				// one file ahead, so at most two files' events are held at once
				next = i + 1 < files.size() ? ahead.submit(checkTask(files.get(i + 1), format, mapping, reference))
						: null;
				ImportResult result = c.problem() != null ? new ImportResult(null, c.problem())
						: new ImportResult(outcome(ingest.store(workspace, files.get(i).name(), c.content(), c.check(),
								null, "system:command-line"), Locale.ENGLISH), null);
				each.accept(files.get(i), result);
			}
		}
		finally {
			ahead.shutdownNow();
		}
	}

	/**
	 * A file's outcome, or why it was not imported: it could not be read
	 * ({@link java.io.IOException}) or nothing in it could be understood
	 * ({@link InvalidInputException}).
	 */
	public record ImportResult(@Nullable ImportOutcome outcome, @Nullable Exception problem) {
	}

	private record Checked(byte @Nullable [] content, IngestCheck.@Nullable FileCheck check,
			@Nullable Exception problem) {
	}

	private static Callable<Checked> checkTask(ImportFile file, @Nullable String format, @Nullable CsvMapping mapping,
			@Nullable String reference) {
		return () -> {
			try {
				byte[] content = file.content().call();
				return new Checked(content, IngestCheck.check(content, format, mapping, null, reference), null);
			}
			catch (UnreadableFile e) {
				return new Checked(null, null, new InvalidInputException(e.position(), e.reason()));
			}
			catch (Exception e) {
				return new Checked(null, null, e);
			}
		};
	}

	private static Checked join(@Nullable Future<Checked> future) {
		if (future == null) {
			throw new IllegalStateException("no file was being checked");
		}
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while checking a file", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * Reads and checks a file without storing anything and without a database: each event
	 * normalised (those naming no reference given {@code reference}, as an import does),
	 * and the outcome counted within the file.
	 * @throws InvalidInputException when nothing in it can be read (field: the position),
	 * or for {@code /reference}
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ImportPreview dryRun(String fileName, byte[] content, @Nullable String format, @Nullable CsvMapping mapping,
			@Nullable String reference) {
		return readable(() -> IngestPreview.preview(fileName, content, format, mapping, reference, Locale.ENGLISH));
	}

	/**
	 * A new tracking webhook secret for the workspace (managers and owners); the earlier
	 * one stops working. Shown once.
	 */
	public String rotateWebhookSecret(Membership m) {
		require(m, Permission.SHIPMENTS_MANAGE);
		if (m.role() != Role.OWNER && m.role() != Role.MANAGER) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("shipments.core.webhook.managers"));
		}
		String secret = webhooks.rotate(ws(m), now());
		events.publishEvent(new AuditableChange(ws(m), "tracking-webhook", ws(m).toString(),
				AuditableChange.Action.UPDATE, null, null, "Tracking webhook secret rotated"));
		return secret;
	}

	/** Why a webhook push was refused. */
	public enum WebhookRefusal {

		NO_SECRET, MALFORMED, STALE, BAD_SIGNATURE, REPLAYED

	}

	/**
	 * Checks a webhook push's signature ({@code t=…,v1=…}) and imports its body as the
	 * system under the source {@code webhook}.
	 * @return the outcome, or empty with {@code refused} told why
	 * @throws InvalidInputException when nothing in the body can be read
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Optional<ImportOutcome> receiveWebhook(WorkspaceId workspace, @Nullable String signature, byte[] body,
			@Nullable String format, @Nullable String reference, java.util.function.Consumer<WebhookRefusal> refused) {
		WebhookSecrets.Verdict verdict = webhooks.verify(workspace, signature, body, now());
		if (verdict != WebhookSecrets.Verdict.OK) {
			refused.accept(WebhookRefusal.valueOf(verdict.name()));
			return Optional.empty();
		}
		return Optional.of(importEventsAsSystem(workspace, "webhook", "webhook-" + now() + ".body", body, format, null,
				reference));
	}

	// ---- shipments by hand

	/**
	 * A shipment typed in.
	 * @throws InvalidInputException for {@code /references/N/value} (invalid, taken),
	 * {@code /references}, {@code /customer}, {@code /carrier}, {@code /origin},
	 * {@code /destination}, {@code /milestones/N}, {@code /order}
	 */
	public ShipmentView createShipment(Membership m, NewShipment n) {
		require(m, Permission.SHIPMENTS_MANAGE);
		ShipmentRecords.Fields f = checked(m, n, null);
		ShipmentId id = shipments.create(ws(m), f, now());
		ShipmentView v = shipments.find(ws(m), id).orElseThrow();
		references.recordAll(ws(m),
				f.references()
					.stream()
					.map(r -> new ReferenceEntry(r.type(), r.written(), r.valid(), typedBy(m), "shipment", id.value()))
					.toList());
		events.publishEvent(AuditableChange.created(ws(m), "shipment", id, v, "Created shipment " + v.label()));
		return v;
	}

	/**
	 * Replaces a shipment's own fields, references and milestones (its events and what
	 * they derive stay).
	 * @throws InvalidInputException as {@link #createShipment}
	 */
	public ShipmentView updateShipment(Membership m, ShipmentId id, NewShipment n) {
		require(m, Permission.SHIPMENTS_MANAGE);
		ShipmentView before = visible(m, id);
		ShipmentRecords.Fields f = checked(m, n, id);
		shipments.update(ws(m), id, f, now());
		ShipmentView after = shipments.find(ws(m), id).orElseThrow();
		recordChanged(m, id, before.references(), f.references());
		events.publishEvent(
				AuditableChange.updated(ws(m), "shipment", id, before, after, "Changed shipment " + after.label()));
		return after;
	}

	private static String typedBy(Membership m) {
		return "member:" + m.member().id();
	}

	/**
	 * Records the references a hand edit added: as a correction of the one of the same
	 * type it replaced, else as a new entry.
	 */
	private void recordChanged(Membership m, ShipmentId id, List<ShipmentView.ReferenceView> before,
			List<ReferenceCheck.Checked> after) {
		Set<String> kept = new HashSet<>();
		for (ReferenceCheck.Checked r : after) {
			kept.add(r.type().code() + ":" + r.value());
		}
		List<ShipmentView.ReferenceView> gone = new ArrayList<>();
		Set<String> had = new HashSet<>();
		for (ShipmentView.ReferenceView r : before) {
			had.add(r.type().code() + ":" + r.value());
			if (!kept.contains(r.type().code() + ":" + r.value())) {
				gone.add(r);
			}
		}
		for (ReferenceCheck.Checked r : after) {
			if (had.contains(r.type().code() + ":" + r.value())) {
				continue;
			}
			ShipmentView.ReferenceView old = gone.stream().filter(g -> g.type() == r.type()).findFirst().orElse(null);
			if (old != null) {
				gone.remove(old);
				references.correct(ws(m), r.type(), old.written(), r.written(), r.valid(), typedBy(m), "shipment",
						id.value());
			}
			else {
				references.record(ws(m), r.type(), r.written(), r.valid(), typedBy(m), "shipment", id.value());
			}
		}
	}

	/**
	 * A customer's order with its lines.
	 * @throws InvalidInputException for {@code /number} (empty, taken),
	 * {@code /customer}, {@code /lines/N/…}
	 */
	public OrderView createOrder(Membership m, NewOrder n) {
		require(m, Permission.SHIPMENTS_MANAGE);
		String number = n.number() == null ? "" : n.number().strip();
		if (number.isEmpty() || number.length() > 100) {
			throw new InvalidInputException("/number", Text.of("shipments.core.order.number"));
		}
		if (orders.numberTaken(ws(m), number)) {
			throw new InvalidInputException("/number", Text.of("shipments.core.order.taken", number));
		}
		UUID customer = n.customer() == null ? null : customer(m, n.customer(), "/customer");
		List<OrderView.Line> lines = new ArrayList<>();
		List<NewOrder.Line> given = n.lines() == null ? List.of() : n.lines();
		for (int i = 0; i < given.size(); i++) {
			NewOrder.Line l = given.get(i);
			if (l.sku() == null || l.sku().isBlank() || l.sku().strip().length() > 100) {
				throw new InvalidInputException("/lines/" + i + "/sku", Text.of("shipments.core.order.sku"));
			}
			if (l.quantity() == null || l.quantity().compareTo(BigDecimal.ZERO) <= 0) {
				throw new InvalidInputException("/lines/" + i + "/quantity", Text.of("shipments.core.order.quantity"));
			}
			lines.add(new OrderView.Line(i + 1, l.sku().strip(), l.description() == null ? "" : l.description().strip(),
					l.quantity(), l.unit() == null || l.unit().isBlank() ? "pcs" : l.unit().strip()));
		}
		OrderView o = new OrderView(UUID.randomUUID(), number, customer, lines, now());
		orders.insert(ws(m), o);
		events.publishEvent(AuditableChange.created(ws(m), "order", o.id(), o, "Created order " + number));
		return o;
	}

	/**
	 * @throws NotFoundException when it does not exist or its customer is out of scope
	 */
	@Transactional(readOnly = true)
	public OrderView order(Membership m, UUID id) {
		require(m, Permission.WORK_VIEW);
		OrderView o = orders.find(ws(m), id).orElseThrow(() -> new NotFoundException("No such order"));
		if (m.scoped() && (o.customer() == null || !seesCustomer(m, o.customer()))) {
			throw new NotFoundException("No such order");
		}
		return o;
	}

	// ---- reading

	/**
	 * @throws NotFoundException when it does not exist or the caller may not see it
	 */
	@Transactional(readOnly = true)
	public ShipmentView shipment(Membership m, ShipmentId id) {
		require(m, Permission.WORK_VIEW);
		return visible(m, id);
	}

	/**
	 * The shipment's timeline by event time, retracted and planned events included.
	 * @throws NotFoundException as {@link #shipment}
	 */
	@Transactional(readOnly = true)
	public List<TrackingEventView> events(Membership m, ShipmentId id) {
		require(m, Permission.WORK_VIEW);
		visible(m, id);
		return shipments.events(id);
	}

	/**
	 * The shipment known by a reference (any type; spaces and hyphens ignored) that the
	 * caller sees.
	 */
	@Transactional(readOnly = true)
	public Optional<ShipmentView> findByReference(Membership m, String reference) {
		require(m, Permission.WORK_VIEW);
		return shipments.byReference(ws(m), reference).flatMap(id -> shipments.find(ws(m), id)).filter(v -> sees(m, v));
	}

	/** A shipment, for a module acting as the system (exceptions, work). */
	@Transactional(readOnly = true)
	public Optional<ShipmentView> find(WorkspaceId workspace, ShipmentId id) {
		return shipments.find(workspace, id);
	}

	/**
	 * The shipments any of these references (any type; spaces and hyphens ignored) point
	 * to, for a module acting as the system (the assistant's triage and drafts); at most
	 * 50.
	 */
	@Transactional(readOnly = true)
	public List<ShipmentView> findByReferences(WorkspaceId workspace, Collection<String> references) {
		return shipments.byReferences(workspace, references)
			.stream()
			.flatMap(id -> shipments.find(workspace, id).stream())
			.toList();
	}

	/**
	 * An order by id, for a module acting as the system (the assistant's drafts).
	 */
	@Transactional(readOnly = true)
	public Optional<OrderView> findOrder(WorkspaceId workspace, UUID id) {
		return orders.find(workspace, id);
	}

	/**
	 * An order by its number (as written, surrounding spaces ignored), for a module
	 * acting as the system (the assistant's drafts).
	 */
	@Transactional(readOnly = true)
	public Optional<OrderView> findOrderByNumber(WorkspaceId workspace, String number) {
		return orders.findByNumber(workspace, number.strip());
	}

	/**
	 * The documents attached to a shipment as its proof of delivery, newest first, for a
	 * module acting as the system (the assistant attaches a POD to a reply).
	 */
	@Transactional(readOnly = true)
	public List<dev.deskhand.documents.DocumentId> proofsOfDelivery(WorkspaceId workspace, ShipmentId id) {
		return shipments.proofsOfDelivery(workspace, id);
	}

	/**
	 * Whether the member sees the shipment: unscoped members see all, scoped ones those
	 * of their customers.
	 */
	public static boolean sees(Membership m, ShipmentView v) {
		return !m.scoped() || v.scope() != null && m.sees(ScopeRef.parse(v.scope()));
	}

	// ---- helpers

	private ShipmentView visible(Membership m, ShipmentId id) {
		return shipments.find(ws(m), id)
			.filter(v -> sees(m, v))
			.orElseThrow(() -> new NotFoundException("No such shipment"));
	}

	private ShipmentRecords.Fields checked(Membership m, NewShipment n, @Nullable ShipmentId self) {
		UUID customer = n.customer() == null ? null : customer(m, n.customer(), "/customer");
		if (m.scoped() && customer == null) {
			throw new InvalidInputException("/customer", Text.of("shipments.core.shipment.customer-needed"));
		}
		UUID carrier = null;
		if (n.carrier() != null) {
			PartyView c = parties.find(ws(m), new PartyId(n.carrier()))
				.filter(p -> p.kind() == PartyKind.CARRIER)
				.orElseThrow(() -> new InvalidInputException("/carrier", Text.of("shipments.core.shipment.carrier")));
			carrier = c.id().value();
		}
		List<NewShipment.NewReference> given = n.references() == null ? List.of() : n.references();
		if (given.isEmpty()) {
			throw new InvalidInputException("/references", Text.of("shipments.core.shipment.references"));
		}
		List<ReferenceCheck.Checked> refs = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			NewShipment.NewReference r = given.get(i);
			String pointer = "/references/" + i + "/value";
			ReferenceCheck.Checked c = ReferenceCheck.check(r.type(), r.value() == null ? "" : r.value());
			if (!c.valid()) {
				throw new InvalidInputException(pointer,
						c.reason() == null ? Text.of("shipments.core.ref.characters") : c.reason());
			}
			if (!seen.add(c.type().code() + ":" + c.value())) {
				continue;
			}
			if (shipments.owner(ws(m), c.type(), c.value(), self).isPresent()) {
				throw new InvalidInputException(pointer, Text.of("shipments.core.ref.taken", c.written()));
			}
			refs.add(c);
		}
		List<ShipmentView.MilestoneView> milestones = new ArrayList<>();
		List<NewShipment.NewMilestone> planned = n.milestones() == null ? List.of() : n.milestones();
		for (int i = 0; i < planned.size(); i++) {
			NewShipment.NewMilestone p = planned.get(i);
			if (p.status() == null || p.plannedAt() == null) {
				throw new InvalidInputException("/milestones/" + i, Text.of("shipments.core.shipment.milestone"));
			}
			String place = p.location() == null ? "" : p.location().strip().toUpperCase(Locale.ROOT);
			milestones.add(new ShipmentView.MilestoneView(p.status(), place, p.plannedAt()));
		}
		UUID order = n.order();
		if (order != null && orders.find(ws(m), order).isEmpty()) {
			throw new InvalidInputException("/order", Text.of("shipments.core.shipment.order"));
		}
		return new ShipmentRecords.Fields(n.mode(), customer, carrier, refs, n.promisedDelivery(),
				unlocode(n.origin(), "/origin"), unlocode(n.destination(), "/destination"), milestones, order);
	}

	private static ShipmentView.@Nullable Place unlocode(@Nullable String value, String pointer) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.replace(" ", "").strip().toUpperCase(Locale.ROOT);
		if (!v.matches("[A-Z]{2}[A-Z2-9]{3}")) {
			throw new InvalidInputException(pointer, Text.of("shipments.core.shipment.unlocode", value.strip()));
		}
		return new ShipmentView.Place(v, null);
	}

	private UUID customer(Membership m, UUID id, String pointer) {
		PartyView c = parties.find(ws(m), new PartyId(id))
			.filter(p -> p.kind() == PartyKind.CUSTOMER)
			.filter(p -> !m.scoped() || m.sees(new ScopeRef(PartyView.CUSTOMER_SCOPE_KIND, p.name())))
			.orElseThrow(() -> new InvalidInputException(pointer, Text.of("shipments.core.shipment.customer")));
		return c.id().value();
	}

	private boolean seesCustomer(Membership m, UUID customer) {
		return parties.find(ws(m), new PartyId(customer))
			.map(p -> m.sees(new ScopeRef(PartyView.CUSTOMER_SCOPE_KIND, p.name())))
			.orElse(false);
	}

	/**
	 * Runs an import or check; a file of which nothing can be read becomes an
	 * {@link InvalidInputException} whose field is the position (a line or segment
	 * number, or a JSON pointer).
	 */
	private static <T> T readable(java.util.function.Supplier<T> run) {
		try {
			return run.get();
		}
		catch (UnreadableFile e) {
			throw new InvalidInputException(e.position(), e.reason());
		}
	}

	private ImportOutcome outcome(TrackingIngest.Result r, Locale language) {
		return new ImportOutcome(r.file(), r.format(), r.importId(), r.accepted(), r.duplicates(), r.updated(),
				r.rejected()
					.stream()
					.map(x -> new ImportOutcome.Problem(x.position(), messages.getMessage(x.reason(), language)))
					.toList(),
				r.flagged()
					.stream()
					.map(f -> new ImportOutcome.Flag(f.position(), f.reference(),
							messages.getMessage(f.reason(), language)))
					.toList());
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
