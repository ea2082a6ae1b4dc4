package dev.deskhand.demo;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.InTransaction;
import dev.deskhand.shipments.NewOrder;
import dev.deskhand.shipments.NewShipment;
import dev.deskhand.shipments.OrderView;
import dev.deskhand.shipments.NewShipment.NewMilestone;
import dev.deskhand.shipments.NewShipment.NewReference;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.TrackingRules;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A few hundred believable shipments for the two demo workspaces, across road, ocean, air
 * and parcel: booked by hand with their promised delivery and planned milestones (as the
 * owner, through the shipments facade), then their tracking events imported as native
 * JSON files as a carrier feed would deliver them. Generated from a seeded random and
 * times relative to now, so every load looks alike and is current: most on time, some
 * late (promised delivery passed), some at risk (the carrier's estimate after the
 * promise), some with a problem (customs hold, failed delivery, damage), some delivered
 * today. A second file resends some estimates with new times (updates) and reports a few
 * events late (placed by when they happened).
 */
@Component
class DemoShipments {

	private final ShipmentManagement shipments;

	private final PartyManagement parties;

	private final AccessPolicy policy;

	private final Clock clock;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TrackingRules rules;

	private final WorkSetup setup;

	DemoShipments(ShipmentManagement shipments, PartyManagement parties, AccessPolicy policy, Clock clock,
			TrackingRules rules, WorkSetup setup) {
		this.rules = rules;
		this.setup = setup;
		this.shipments = shipments;
		this.parties = parties;
		this.policy = policy;
		this.clock = clock;
	}

	private static final String DELAY_DA = """
			## Forsinket forsendelse
			1. Ring eller skriv til fragtføreren og få en ny ETA.
			2. Informér kunden om den nye leveringstid, inden den lovede tid er gået.
			3. Notér den nye ETA på opgaven.""";

	private static final String DELAY_DE = """
			## Verspätete Sendung
			1. Beim Frachtführer eine neue ETA erfragen.
			2. Den Kunden über die neue Zustellzeit informieren, bevor die zugesagte Zeit verstrichen ist.
			3. Die neue ETA am Vorgang notieren.""";

	private static final String STALE_DA = """
			## Ingen nyt fra forsendelsen
			Spørg fragtføreren, hvor godset er, og om sporingen virker. Aftal næste statusmelding.""";

	private static final String STALE_DE = """
			## Keine Meldung zur Sendung
			Beim Frachtführer nachfragen, wo die Ware ist und ob die Sendungsverfolgung funktioniert.""";

	private static final String CARRIER_DA = """
			## Problem meldt af fragtføreren
			Find ud af hvad der er sket (told, skade, mislykket levering), og aftal næste skridt med kunden.""";

	private static final String CARRIER_DE = """
			## Vom Frachtführer gemeldetes Problem
			Klären, was passiert ist (Zoll, Schaden, Zustellung gescheitert), und das weitere Vorgehen mit dem Kunden abstimmen.""";

	/** A place: UN/LOCODE and name. */
	record Place(String code, String name) {
	}

	private static final Place AARHUS = new Place("DKAAR", "Aarhus"), COPENHAGEN = new Place("DKCPH", "København"),
			FREDERICIA = new Place("DKFRC", "Fredericia"), BILLUND = new Place("DKBLL", "Billund"),
			ESBJERG = new Place("DKEBJ", "Esbjerg"), HAMBURG = new Place("DEHAM", "Hamburg"),
			GOTHENBURG = new Place("SEGOT", "Göteborg"), OSLO = new Place("NOOSL", "Oslo"),
			SHANGHAI = new Place("CNSHA", "Shanghai"), SINGAPORE = new Place("SGSIN", "Singapore"),
			NEW_YORK = new Place("USNYC", "New York"), ROTTERDAM = new Place("NLRTM", "Rotterdam"),
			GDANSK = new Place("PLGDN", "Gdańsk"), FELIXSTOWE = new Place("GBFXT", "Felixstowe"),
			DRESDEN = new Place("DEDRS", "Dresden"), LEIPZIG = new Place("DELEJ", "Leipzig"),
			BREMERHAVEN = new Place("DEBRV", "Bremerhaven"), PRAGUE = new Place("CZPRG", "Praha"),
			WROCLAW = new Place("PLWRO", "Wrocław"), VIENNA = new Place("ATVIE", "Wien"),
			MILAN = new Place("ITMIL", "Milano"), FRANKFURT = new Place("DEFRA", "Frankfurt am Main"),
			MUNICH = new Place("DEMUC", "München"), CHICAGO = new Place("USORD", "Chicago"),
			BUSAN = new Place("KRPUS", "Busan"), MONTERREY = new Place("MXMTY", "Monterrey"),
			IMMINGHAM = new Place("GBIMM", "Immingham");

	/** What a workspace ships where, by mode. */
	record Network(List<Place[]> road, List<Place[]> ocean, List<Place[]> air, List<Place[]> parcel,
			Map<TransportMode, List<String>> carriers, String airline, String airlinePrefix, String parcelCarrier) {
	}

	private static final Network NORDHAVN = new Network(
			List.of(new Place[] { AARHUS, HAMBURG }, new Place[] { FREDERICIA, GOTHENBURG },
					new Place[] { COPENHAGEN, OSLO }, new Place[] { BILLUND, ROTTERDAM },
					new Place[] { ESBJERG, GDANSK }),
			List.of(new Place[] { SHANGHAI, AARHUS }, new Place[] { AARHUS, NEW_YORK },
					new Place[] { SINGAPORE, AARHUS }, new Place[] { AARHUS, FELIXSTOWE }),
			List.of(new Place[] { BILLUND, NEW_YORK }, new Place[] { COPENHAGEN, SHANGHAI },
					new Place[] { BILLUND, SINGAPORE }),
			List.of(new Place[] { BILLUND, COPENHAGEN }, new Place[] { AARHUS, HAMBURG },
					new Place[] { FREDERICIA, OSLO }),
			Map.of(TransportMode.ROAD, List.of("DSV Road", "DFDS", "Nagel Spedition"), TransportMode.OCEAN,
					List.of("Maersk")),
			"SAS Cargo", "117", "PostNord");

	private static final Network ELBTAL = new Network(
			List.of(new Place[] { DRESDEN, HAMBURG }, new Place[] { LEIPZIG, PRAGUE }, new Place[] { DRESDEN, WROCLAW },
					new Place[] { DRESDEN, VIENNA }, new Place[] { LEIPZIG, MILAN }),
			List.of(new Place[] { BREMERHAVEN, NEW_YORK }, new Place[] { SHANGHAI, HAMBURG },
					new Place[] { HAMBURG, BUSAN }),
			List.of(new Place[] { FRANKFURT, CHICAGO }, new Place[] { LEIPZIG, SHANGHAI }),
			List.of(new Place[] { DRESDEN, MUNICH }, new Place[] { DRESDEN, FRANKFURT },
					new Place[] { LEIPZIG, HAMBURG }),
			Map.of(TransportMode.ROAD, List.of("Dachser", "DHL Freight"), TransportMode.OCEAN, List.of()),
			"Lufthansa Cargo", "020", "DHL Paket");

	/** What becomes of a shipment by now. */
	enum Fate {

		ON_TIME, LATE, AT_RISK, PROBLEM, DELIVERED_TODAY

	}

	/** One step of a shipment's journey: status, place, hours after the start. */
	record Step(TrackingStatus status, Place place, double hours) {
	}

	/**
	 * What the demo's orders hold: SKU, description in the workspace's language, unit.
	 */
	private static final List<String[]> GOODS_DA = List.of(
			new String[] { "PAL-EUR-120", "Europaller, blandet gods", "pallet" },
			new String[] { "KRT-4410", "Kartoner med reservedele", "carton" },
			new String[] { "FAD-30L", "Fustager 30 l", "pcs" }, new String[] { "RUL-880", "Rullecontainere", "pcs" });

	private static final List<String[]> GOODS_DE = List.of(
			new String[] { "PAL-EUR-120", "Europaletten, Mischladung", "pallet" },
			new String[] { "KRT-4410", "Kartons mit Ersatzteilen", "carton" },
			new String[] { "GIT-200", "Gitterboxen", "pcs" }, new String[] { "ROL-880", "Rollcontainer", "pcs" });

	private OrderView order(Membership m, WorkspaceView ws, PartyView customer, int i) {
		List<String[]> goods = ws.defaultLanguage().equals("da") ? GOODS_DA : GOODS_DE;
		List<NewOrder.Line> lines = new ArrayList<>();
		for (int l = 0; l <= i % 3; l++) {
			String[] g = goods.get((i / 5 + l) % goods.size());
			lines.add(new NewOrder.Line(g[0], g[1], java.math.BigDecimal.valueOf(2 + (i * 7 + l * 3) % 31), g[2]));
		}
		return shipments.createOrder(m,
				new NewOrder("PO-" + (ws.slug().equals("nordhavn") ? 45000 : 88000) + i, customer.id().value(), lines));
	}

	void load(WorkspaceView nordhavn, PersonView mette, WorkspaceView elbtal, PersonView jens) {
		load(nordhavn, mette, NORDHAVN, 200, 4711L);
		load(elbtal, jens, ELBTAL, 120, 815L);
	}

	private void load(WorkspaceView ws, PersonView owner, Network net, int count, long seed) {
		Random random = new Random(seed);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant midnight = LocalDate.ofInstant(now, ws.timeZone()).atStartOfDay(ws.timeZone()).toInstant();
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> resent = new ArrayList<>();
		AsOwner.run(owner, () -> {
			Membership m = policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE);
			// the suggested exception rules, and the SOPs their work items follow
			rules.addSuggested(m);
			Membership manager = policy.require(ws.slug(), Permission.WORK_MANAGE);
			boolean danish = net == NORDHAVN;
			setup.publishSop(manager,
					new NewSop("delay", danish ? DELAY_DA : DELAY_DE,
							danish ? List.of("Ny ETA fra fragtføreren", "Kunden informeret")
									: List.of("Neue ETA vom Frachtführer", "Kunde informiert"),
							false));
			setup.publishSop(manager, new NewSop("tracking", danish ? STALE_DA : STALE_DE, null, false));
			setup.publishSop(manager, new NewSop("carrier-exception", danish ? CARRIER_DA : CARRIER_DE, null, false));
			List<PartyView> all = parties.list(m, null, null, PartyManagement.MAX_LIST);
			List<PartyView> customers = all.stream().filter(p -> p.kind() == PartyKind.CUSTOMER).toList();
			if (net == NORDHAVN) {
				showcase(m, all, now, events);
			}
			for (int i = 0; i < count; i++) {
				TransportMode mode = mode(random);
				List<Place[]> lanes = switch (mode) {
					case OCEAN -> net.ocean();
					case AIR -> net.air();
					case PARCEL -> net.parcel();
					default -> net.road();
				};
				Place[] lane = lanes.get(random.nextInt(lanes.size()));
				List<String> carrierNames = net.carriers().getOrDefault(mode, List.of());
				String carrierName = switch (mode) {
					case AIR -> net.airline();
					case PARCEL -> net.parcelCarrier();
					default -> carrierNames.isEmpty() ? net.carriers().get(TransportMode.ROAD).get(0)
							: carrierNames.get(random.nextInt(carrierNames.size()));
				};
				PartyView carrier = all.stream()
					.filter(p -> p.kind() == PartyKind.CARRIER && p.name().equals(carrierName))
					.findFirst()
					.orElse(null);
				Fate fate = fate(random);
				// a troubled shipment becomes a work item titled in its customer's
				// language:
				// in the demo, customers who write the workspace's language (the pages
				// are
				// crawled for untranslated text)
				List<PartyView> candidates = fate == Fate.ON_TIME || fate == Fate.DELIVERED_TODAY ? customers
						: customers.stream().filter(c -> c.language().equals(ws.defaultLanguage())).toList();
				if (candidates.isEmpty()) {
					candidates = customers;
				}
				PartyView customer = candidates.get(random.nextInt(candidates.size()));
				NewReference reference = reference(mode, net, random);
				List<Step> steps = steps(mode, lane, random);
				double total = steps.get(steps.size() - 1).hours();
				Instant start = switch (fate) {
					case DELIVERED_TODAY -> {
						long since = Math.max(20, Duration.between(midnight, now).toMinutes() - 5);
						Instant delivered = now.minus(Duration.ofMinutes(5 + random.nextLong(Math.min(since, 600))));
						yield delivered.minus(hours(total));
					}
					case LATE -> now.minus(hours(total * 1.12 + 6 + random.nextInt(48)));
					default ->
						now.minus(hours(total * (0.15 + random.nextDouble() * (fate == Fate.ON_TIME ? 1.4 : 0.6))));
				};
				Instant promised = start.plus(hours(total * 1.12 + 4)).truncatedTo(ChronoUnit.HOURS);
				List<NewMilestone> milestones = new ArrayList<>();
				milestones.add(new NewMilestone(steps.get(1).status(), steps.get(1).place().code(),
						start.plus(hours(steps.get(1).hours())).truncatedTo(ChronoUnit.MINUTES)));
				milestones.add(new NewMilestone(TrackingStatus.DELIVERED, lane[1].code(), promised));
				// every fifth road or sea shipment carries a customer's order and its
				// lines
				UUID order = i % 5 == 0 && (mode == TransportMode.ROAD || mode == TransportMode.OCEAN)
						? order(m, ws, customer, i).id() : null;
				shipments.createShipment(m,
						new NewShipment(mode, customer.id().value(), carrier == null ? null : carrier.id().value(),
								List.of(reference), promised, lane[0].code(), lane[1].code(), milestones, order));
				String prefix = ws.slug() + "-" + i + "-";
				boolean stopped = false;
				int done = 0;
				for (int s = 0; s < steps.size(); s++) {
					Step step = steps.get(s);
					Instant at = start.plus(hours(step.hours()));
					if (fate == Fate.LATE && s == steps.size() - 2) {
						// stuck before the last leg: the carrier keeps estimating
						stopped = true;
					}
					if (fate == Fate.PROBLEM && at.isAfter(now.minus(Duration.ofHours(2))) && s > 0) {
						TrackingStatus problem = problem(mode, random);
						Instant when = now.minus(Duration.ofMinutes(30 + random.nextInt(600)));
						if (when.isBefore(start.plus(hours(steps.get(s - 1).hours())))) {
							when = start.plus(hours(steps.get(s - 1).hours())).plus(Duration.ofMinutes(20));
						}
						events.add(event(prefix + "p", problem, "actual", when, steps.get(s - 1).place(), reference,
								carrierName, mode, customer, reasonCode(problem)));
						stopped = true;
					}
					if (stopped || at.isAfter(now)) {
						break;
					}
					events.add(event(prefix + s, step.status(), "actual", at, step.place(), reference, carrierName,
							mode, customer, code(step.status())));
					done = s + 1;
				}
				if (done < steps.size()) {
					// the carrier's estimate of the arrival at the destination
					Instant eta = switch (fate) {
						case LATE -> now.plus(Duration.ofHours(6 + random.nextInt(60)));
						case AT_RISK -> promised.plus(Duration.ofHours(8 + random.nextInt(64)));
						case PROBLEM -> promised.plus(Duration.ofHours(random.nextInt(48)));
						default -> start.plus(hours(total)).plus(Duration.ofMinutes(random.nextInt(120) - 60));
					};
					Map<String, Object> estimate = event(prefix + "eta", TrackingStatus.DELIVERED, "estimated",
							eta.truncatedTo(ChronoUnit.MINUTES), lane[1], reference, carrierName, mode, customer,
							"ETA");
					events.add(estimate);
					if (i % 9 == 0 && fate == Fate.ON_TIME) {
						// resent later with a new time: an update
						Map<String, Object> moved = new java.util.LinkedHashMap<>(estimate);
						moved.put("event_time",
								eta.plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES).toString());
						resent.add(moved);
					}
				}
				if (i % 11 == 3 && done >= 3) {
					// a checkpoint reported only with the next file: placed by when it
					// happened
					Step step = steps.get(1);
					Map<String, Object> late = event(prefix + "x", TrackingStatus.INFO, "actual",
							start.plus(hours(step.hours() + 0.5)), step.place(), reference, carrierName, mode, customer,
							"SCAN");
					resent.add(late);
				}
			}
			return null;
		});
		byte[] first = json(events);
		byte[] second = json(resent);
		afterCommit(() -> {
			shipments.importEventsAsSystem(ws.id(), "demo-feed", "demo-tracking.json", first, "json");
			shipments.importEventsAsSystem(ws.id(), "demo-feed", "demo-tracking-update.json", second, "json");
		});
	}

	/**
	 * The shipments the demo inbox's mails ask about, with the references the mails quote
	 * (so the assistant links each mail to its shipment and drafts a reply from its
	 * current estimate): Carlsberg's container after a rollover (arriving later than
	 * promised, so it also raises a delay), LEGO's spare parts by air, Arla's truck to
	 * Hamburg and Vestas' blade components on the DFDS ferry.
	 */
	private void showcase(Membership m, List<PartyView> all, Instant now, List<Map<String, Object>> events) {
		record Showcase(String customer, String carrier, TransportMode mode, List<NewReference> references, Place from,
				Place to, double hoursAgo, double etaInHours, double promisedInHours, TrackingStatus last) {
		}
		List<Showcase> cases = List.of(
				new Showcase("Carlsberg", "Maersk", TransportMode.OCEAN,
						List.of(new NewReference(ReferenceType.CONTAINER, "MSKU7654328"),
								new NewReference(ReferenceType.BOOKING, "262145789")),
						SHANGHAI, AARHUS, 24 * 30, 52, 4, TrackingStatus.DEPARTED),
				new Showcase("LEGO", "Lufthansa Cargo", TransportMode.AIR,
						List.of(new NewReference(ReferenceType.AIR_WAYBILL, "02012345675")), BILLUND, MONTERREY, 70, 30,
						40, TrackingStatus.DEPARTED),
				new Showcase("Arla Foods", "DSV Road", TransportMode.ROAD,
						List.of(new NewReference(ReferenceType.BOOKING, "NH258801"),
								new NewReference(ReferenceType.ORDER, "8800399")),
						AARHUS, HAMBURG, 5, 17, 22, TrackingStatus.DEPARTED),
				new Showcase("Vestas", "DFDS", TransportMode.ROAD,
						List.of(new NewReference(ReferenceType.BOOKING, "88123456")), ESBJERG, IMMINGHAM, 20, 26, 40,
						TrackingStatus.DEPARTED));
		int n = 0;
		for (Showcase c : cases) {
			PartyView customer = all.stream().filter(p -> p.name().equals(c.customer())).findFirst().orElse(null);
			PartyView carrier = all.stream().filter(p -> p.name().equals(c.carrier())).findFirst().orElse(null);
			if (customer == null) {
				continue;
			}
			Instant start = now.minus(hours(c.hoursAgo()));
			Instant promised = now.plus(hours(c.promisedInHours())).truncatedTo(ChronoUnit.HOURS);
			shipments.createShipment(m,
					new NewShipment(c.mode(), customer.id().value(), carrier == null ? null : carrier.id().value(),
							c.references(), promised, c.from().code(), c.to().code(),
							List.of(new NewMilestone(TrackingStatus.DELIVERED, c.to().code(), promised)), null));
			NewReference main = c.references().get(0);
			String prefix = "showcase-" + n++ + "-";
			TrackingStatus first = c.mode() == TransportMode.OCEAN ? TrackingStatus.GATE_IN : TrackingStatus.PICKED_UP;
			events.add(event(prefix + "0", first, "actual", start, c.from(), main, c.carrier(), c.mode(), customer,
					code(first)));
			events.add(event(prefix + "1", c.last(), "actual", start.plus(hours(Math.min(12, c.hoursAgo() / 2))),
					c.from(), main, c.carrier(), c.mode(), customer, code(c.last())));
			events.add(event(prefix + "eta", TrackingStatus.DELIVERED, "estimated",
					now.plus(hours(c.etaInHours())).truncatedTo(ChronoUnit.HOURS), c.to(), main, c.carrier(), c.mode(),
					customer, "ETA"));
		}
	}

	/**
	 * The import runs in transactions of its own, on the shipments the demo load booked:
	 * so after the load's transaction committed, on a thread without it, waited for (the
	 * load returns with the events in).
	 */
	private static void afterCommit(Runnable imports) {
		Runnable outside = () -> {
			Thread t = Thread.ofVirtual().name("demo-shipments").start(imports);
			try {
				t.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		};
		InTransaction.afterCommit(outside);
	}

	private static byte[] json(List<Map<String, Object>> events) {
		return JSON.writeValueAsString(Map.of("events", events)).getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> event(String id, TrackingStatus status, String classifier, Instant at,
			Place place, NewReference reference, String carrier, TransportMode mode, PartyView customer,
			String carrierCode) {
		Map<String, Object> e = new java.util.LinkedHashMap<>();
		e.put("external_id", id);
		e.put("status", status.code());
		e.put("classifier", classifier);
		e.put("event_time", at.truncatedTo(ChronoUnit.MINUTES).toString());
		e.put("location", Map.of("unlocode", place.code(), "name", place.name()));
		e.put("reference", Map.of("type", reference.type().code(), "value", reference.value()));
		e.put("carrier", carrier);
		e.put("carrier_code", carrierCode);
		e.put("mode", mode.code());
		e.put("customer", customer.name());
		return e;
	}

	private static TransportMode mode(Random random) {
		int r = random.nextInt(100);
		return r < 35 ? TransportMode.ROAD
				: r < 60 ? TransportMode.OCEAN : r < 75 ? TransportMode.AIR : TransportMode.PARCEL;
	}

	private static Fate fate(Random random) {
		int r = random.nextInt(100);
		return r < 58 ? Fate.ON_TIME
				: r < 70 ? Fate.LATE : r < 80 ? Fate.AT_RISK : r < 89 ? Fate.PROBLEM : Fate.DELIVERED_TODAY;
	}

	private static Duration hours(double h) {
		return Duration.ofMinutes(Math.round(h * 60));
	}

	/**
	 * The journey by mode, with believable durations (hours after pick-up or gate-in).
	 */
	private static List<Step> steps(TransportMode mode, Place[] lane, Random random) {
		Place from = lane[0];
		Place to = lane[1];
		double j = random.nextDouble();
		return switch (mode) {
			case OCEAN -> {
				double sea = 24 * (14 + 20 * j);
				yield List.of(new Step(TrackingStatus.GATE_IN, from, 0), new Step(TrackingStatus.LOADED, from, 40),
						new Step(TrackingStatus.DEPARTED, from, 52), new Step(TrackingStatus.ARRIVED, to, 52 + sea),
						new Step(TrackingStatus.DISCHARGED, to, 64 + sea),
						new Step(TrackingStatus.GATE_OUT, to, 100 + sea),
						new Step(TrackingStatus.DELIVERED, to, 130 + sea));
			}
			case AIR -> {
				double flight = 10 + 14 * j;
				yield List.of(new Step(TrackingStatus.PICKED_UP, from, 0), new Step(TrackingStatus.DEPARTED, from, 20),
						new Step(TrackingStatus.ARRIVED, to, 20 + flight),
						new Step(TrackingStatus.CUSTOMS_RELEASED, to, 36 + flight),
						new Step(TrackingStatus.OUT_FOR_DELIVERY, to, 48 + flight),
						new Step(TrackingStatus.DELIVERED, to, 54 + flight));
			}
			case PARCEL -> List.of(new Step(TrackingStatus.PICKED_UP, from, 0),
					new Step(TrackingStatus.DEPARTED, from, 5), new Step(TrackingStatus.ARRIVED, to, 18 + 10 * j),
					new Step(TrackingStatus.OUT_FOR_DELIVERY, to, 26 + 10 * j),
					new Step(TrackingStatus.DELIVERED, to, 31 + 10 * j));
			default -> {
				double drive = 8 + 30 * j;
				yield List.of(new Step(TrackingStatus.PICKED_UP, from, 0), new Step(TrackingStatus.DEPARTED, from, 2),
						new Step(TrackingStatus.ARRIVED, to, 2 + drive),
						new Step(TrackingStatus.OUT_FOR_DELIVERY, to, 8 + drive),
						new Step(TrackingStatus.DELIVERED, to, 11 + drive));
			}
		};
	}

	private static TrackingStatus problem(TransportMode mode, Random random) {
		return switch (mode) {
			case OCEAN, AIR -> random.nextInt(3) == 0 ? TrackingStatus.DELAYED : TrackingStatus.CUSTOMS_HOLD;
			case PARCEL -> random.nextInt(4) == 0 ? TrackingStatus.DAMAGED : TrackingStatus.DELIVERY_FAILED;
			default -> random.nextInt(2) == 0 ? TrackingStatus.DELAYED : TrackingStatus.DAMAGED;
		};
	}

	/** A carrier's own short code for a status, as feeds carry them. */
	private static String code(TrackingStatus s) {
		return switch (s) {
			case PICKED_UP -> "PU";
			case GATE_IN -> "GTIN";
			case LOADED -> "LOAD";
			case DEPARTED -> "DEP";
			case ARRIVED -> "ARR";
			case DISCHARGED -> "DISC";
			case GATE_OUT -> "GTOT";
			case CUSTOMS_RELEASED -> "CR";
			case OUT_FOR_DELIVERY -> "OFD";
			case DELIVERED -> "DLV";
			default -> "STAT";
		};
	}

	private static String reasonCode(TrackingStatus s) {
		return switch (s) {
			case CUSTOMS_HOLD -> "CH";
			case DELIVERY_FAILED -> "NA";
			case DAMAGED -> "DM";
			default -> "DL";
		};
	}

	/** A valid reference of the kind the mode's carriers use, check digits computed. */
	private static NewReference reference(TransportMode mode, Network net, Random random) {
		return switch (mode) {
			case OCEAN -> new NewReference(ReferenceType.CONTAINER,
					container(List.of("MSKU", "MRKU", "TCLU", "HLXU").get(random.nextInt(4)), random));
			case AIR -> {
				int serial = 1_000_000 + random.nextInt(8_999_999);
				yield new NewReference(ReferenceType.AIR_WAYBILL, net.airlinePrefix() + serial + (serial % 7));
			}
			case PARCEL -> new NewReference(ReferenceType.TRACKING_NUMBER, s10(random, net == NORDHAVN ? "DK" : "DE"));
			default -> new NewReference(ReferenceType.BOOKING,
					(net == NORDHAVN ? "NH" : "EV") + (240000 + random.nextInt(60000)));
		};
	}

	/** ISO 6346: owner code, serial, check digit. */
	static String container(String owner, Random random) {
		String base = owner + String.format("%06d", random.nextInt(1_000_000));
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = base.charAt(i);
			int v;
			if (Character.isDigit(c)) {
				v = c - '0';
			}
			else {
				v = 10;
				for (char x = 'A'; x < c; x++) {
					v++;
					if (v % 11 == 0) {
						v++;
					}
				}
			}
			sum += v << i;
		}
		return base + (sum % 11 % 10);
	}

	/** UPU S10: service letters, eight digits, mod 11 check digit, country. */
	static String s10(Random random, String country) {
		String digits = String.format("%08d", random.nextInt(100_000_000));
		int[] weights = { 8, 6, 4, 2, 3, 5, 9, 7 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		int check = 11 - sum % 11;
		check = check == 10 ? 0 : check == 11 ? 5 : check;
		return "CC" + digits + check + country;
	}

}
