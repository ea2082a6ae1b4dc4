package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.FoundReference;
import dev.deskhand.assistant.Intent;
import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.shipments.OrderView;
import dev.deskhand.shipments.ShipmentView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Writes a reply from gathered facts, per intent, in the customer's language and the
 * workspace's tone and sign-off. Every value from a record is placed as its fact; a value
 * only the customer wrote is repeated only as theirs ("som du skriver"); where no record
 * answers, the reply asks the question instead of guessing.
 */
@Component
public class DraftComposer {

	private static final Pattern POD_WORDS = Pattern.compile(
			"\\bpod\\b|proof of delivery|kvittering|zustellnachweis|ablieferbeleg|abliefernachweis|lieferbeleg|signed delivery",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern OTHER_DOCUMENT_WORDS = Pattern.compile(
			"\\bb/l\\b|bill of lading|konnossement|\\bcmr\\b|customs|\\btold|\\bzoll|certifica|certifikat|zertifikat|commercial invoice|handelsrechnung|packing list|pakkeliste|packliste",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Templates templates;

	DraftComposer(Templates templates) {
		this.templates = templates;
	}

	/**
	 * What to write: the customer's language (da, de, en), the mail's intent and
	 * references, the gathered facts, what the SOP needs the reply to contain or ask for,
	 * and how the workspace signs.
	 */
	public record Request(String language, boolean formal, Intent intent, List<FoundReference> references,
			Gathered gathered, List<String> sopNeeds, String signOff, ZoneId zone, String mailText) {
	}

	/** The reply, the facts placed in it, and the documents to attach (a POD). */
	public record Composed(String text, List<PlacedFact> facts, List<DocumentId> attachments) {
	}

	public Composed compose(Request r) {
		Writer w = new Writer(r);
		w.line("greeting").text.plain(",\n\n");
		if (r.intent() != Intent.CARRIER_UPDATE && r.intent() != Intent.BOOKING_CONFIRMATION) {
			w.sentence("thanks", Map.of());
		}
		w.body();
		w.needs();
		w.text.plain("\n\n" + r.signOff().strip());
		return new Composed(w.text.text(), w.text.placed(), w.attachments);
	}

	/** The reply being written. */
	private final class Writer {

		final Request r;

		final DraftText text = new DraftText();

		final List<DocumentId> attachments = new ArrayList<>();

		Writer(Request r) {
			this.r = r;
		}

		Writer line(String key) {
			text.plain(templates.get(r.language(), key, r.formal()));
			return this;
		}

		void sentence(String key, Map<String, List<DraftText.Slot>> slots) {
			if (text.length() > 0 && !text.text().endsWith("\n")) {
				text.plain(" ");
			}
			text.fill(templates.get(r.language(), key, r.formal()), slots);
		}

		void paragraph() {
			text.plain("\n\n");
		}

		void body() {
			List<Gathered.ShipmentFacts> shipments = r.gathered().shipments();
			switch (r.intent()) {
				case SHIPMENT_STATUS -> perShipment(this::status);
				case DELIVERY_CHANGE -> perShipment(s -> {
					sentence("delivery_change.ack", shipmentSlots(s));
					eta(s);
					sentence("delivery_change.next", Map.of());
				});
				case CANCELLATION -> perShipment(s -> {
					sentence("cancellation.ack", shipmentSlots(s));
					sentence("cancellation.next", Map.of());
				});
				case COMPLAINT -> perShipment(s -> {
					sentence("complaint.ack", shipmentSlots(s));
					status(s);
					sentence("complaint.next", Map.of());
				});
				case DOCUMENT_REQUEST -> perShipment(this::documents);
				case CARRIER_UPDATE -> {
					if (shipments.isEmpty()) {
						sentence("carrier_update.general", Map.of());
					}
					else {
						shipments.forEach(s -> sentence("carrier_update.ack", shipmentSlots(s)));
					}
				}
				case BOOKING_CONFIRMATION -> {
					if (shipments.isEmpty()) {
						sentence("booking_confirmation.general", Map.of());
					}
					else {
						shipments.forEach(s -> sentence("booking_confirmation.ack", shipmentSlots(s)));
					}
				}
				case BOOKING_REQUEST -> sentence("booking_request.ack", Map.of());
				case INVOICE_QUESTION -> invoice();
				case OTHER -> {
					sentence("other.ack", Map.of());
					if (shipments.isEmpty() && !r.gathered().invalid().isEmpty()) {
						paragraph();
						asks(false);
					}
				}
			}
		}

		/**
		 * Writes {@code each} for every shipment found; with none, says what is known of
		 * a named order, else asks about what the customer wrote.
		 */
		void perShipment(java.util.function.Consumer<Gathered.ShipmentFacts> each) {
			List<Gathered.ShipmentFacts> shipments = r.gathered().shipments();
			if (!shipments.isEmpty()) {
				for (Gathered.ShipmentFacts s : shipments.subList(0, Math.min(3, shipments.size()))) {
					paragraph();
					each.accept(s);
				}
				return;
			}
			paragraph();
			if (!r.gathered().orders().isEmpty()) {
				for (OrderView o : r.gathered().orders()) {
					sentence("order.noshipment",
							Map.of("order", List.of(DraftText.Slot.of(o.number(), new Fact("reference",
									ReferenceChecks.normalise(o.number()), "order:" + o.id() + ":number")))));
				}
				return;
			}
			asks(true);
		}

		/**
		 * The right question when no record answers: about each number the customer
		 * wrote, else ({@code askNone}) for one.
		 */
		void asks(boolean askNone) {
			boolean asked = false;
			for (FoundReference ref : r.gathered().invalid()) {
				sentence("ask.invalid", Map.of("Type", List.of(DraftText.Slot.plain(typeWord("Type.", ref))), "value",
						List.of(DraftText.Slot.of(ref.value(), new Fact("reference", ref.value(), Fact.MESSAGE)))));
				asked = true;
			}
			for (FoundReference ref : r.gathered().unmatched()) {
				if (ref.type().equals("invoice")) {
					continue;
				}
				sentence("ask.unknown", Map.of("type", List.of(DraftText.Slot.plain(typeWord("type.", ref))), "value",
						List.of(DraftText.Slot.of(ref.value(), new Fact("reference", ref.value(), Fact.MESSAGE)))));
				asked = true;
			}
			if (!asked && askNone) {
				sentence("ask.none", Map.of());
			}
		}

		void status(Gathered.ShipmentFacts s) {
			ShipmentView v = s.shipment();
			Map<String, List<DraftText.Slot>> slots = new LinkedHashMap<>(shipmentSlots(s));
			slots.put("status", List.of(DraftText.Slot
				.of(templates.get(r.language(), "status." + v.status().code(), false), s.field("status"))));
			sentence("status.line", slots);
			Fact carrier = s.field("carrier");
			if (carrier != null) {
				sentence("carrier.line", Map.of("carrier", List.of(DraftText.Slot.of(carrier.value(), carrier))));
			}
			Fact place = s.field("last_location");
			Fact at = s.field("last_event_at");
			if (place != null && at != null && v.lastEventAt() != null) {
				sentence("last.event", Map.of("place", List.of(DraftText.Slot.of(place.value(), place)), "at",
						List.of(DraftText.Slot.of(when(v.lastEventAt()), at))));
			}
			if (v.deliveredAt() != null) {
				sentence("delivered.line", Map.of("delivered",
						List.of(DraftText.Slot.of(when(v.deliveredAt()), s.field("delivered_at")))));
				return;
			}
			eta(s);
			if (v.promisedDelivery() != null) {
				sentence("promised.line", Map.of("promised",
						List.of(DraftText.Slot.of(when(v.promisedDelivery()), s.field("promised_delivery")))));
			}
			sentence("watch", Map.of());
		}

		void eta(Gathered.ShipmentFacts s) {
			Instant eta = s.shipment().eta();
			if (s.shipment().deliveredAt() != null) {
				return;
			}
			if (eta == null) {
				sentence("eta.none", Map.of());
			}
			else {
				sentence("eta.line", Map.of("eta", List.of(DraftText.Slot.of(when(eta), s.field("eta")))));
			}
		}

		void documents(Gathered.ShipmentFacts s) {
			boolean pod = POD_WORDS.matcher(r.mailText()).find() || !OTHER_DOCUMENT_WORDS.matcher(r.mailText()).find();
			if (!pod) {
				sentence("document.other", shipmentSlots(s));
				return;
			}
			if (s.pods().isEmpty()) {
				sentence("document.pod.none", shipmentSlots(s));
				return;
			}
			DocumentId document = s.pods().getFirst();
			attachments.add(document);
			Map<String, List<DraftText.Slot>> slots = new LinkedHashMap<>(shipmentSlots(s));
			slots.put("pod", List.of(DraftText.Slot.of("POD",
					new Fact("text", document.value().toString(), "document:" + document.value() + ":pod"))));
			sentence("document.pod", slots);
			Instant delivered = s.shipment().deliveredAt();
			if (delivered != null) {
				sentence("delivered.line",
						Map.of("delivered", List.of(DraftText.Slot.of(when(delivered), s.field("delivered_at")))));
			}
		}

		void invoice() {
			paragraph();
			List<FoundReference> invoices = r.references().stream().filter(x -> x.type().equals("invoice")).toList();
			for (FoundReference ref : invoices) {
				Fact backed = r.gathered()
					.sourceFacts()
					.stream()
					.filter(f -> f.kind().equals("reference") && f.value().equals(ref.value()))
					.findFirst()
					.orElse(null);
				if (backed != null) {
					sentence("invoice_question.ack",
							Map.of("invoice", List.of(DraftText.Slot.of(ref.value(), backed))));
					return;
				}
			}
			sentence("invoice_question.general", Map.of());
			if (invoices.isEmpty()) {
				sentence("ask.invoice", Map.of());
			}
		}

		/**
		 * The shipment's number and, in brackets, the references the customer named (else
		 * its first one).
		 */
		Map<String, List<DraftText.Slot>> shipmentSlots(Gathered.ShipmentFacts s) {
			ShipmentView v = s.shipment();
			List<ShipmentView.ReferenceView> named = v.references()
				.stream()
				.filter(ref -> r.references().stream().anyMatch(x -> x.value().equals(ref.value())))
				.toList();
			if (named.isEmpty() && !v.references().isEmpty()) {
				named = List.of(v.references().getFirst());
			}
			List<DraftText.Slot> refs = new ArrayList<>();
			for (ShipmentView.ReferenceView ref : named) {
				refs.add(DraftText.Slot.plain(refs.isEmpty() ? " (" : ", "));
				refs.add(DraftText.Slot.plain(refWord(ref) + " "));
				refs.add(DraftText.Slot.of(ReferenceChecks.display(ref.type(), ref.value()),
						s.field("reference:" + ref.value())));
			}
			if (!refs.isEmpty()) {
				refs.add(DraftText.Slot.plain(")"));
			}
			return Map.of("shipment", List.of(DraftText.Slot.of(v.label(), s.field("number"))), "refs", refs);
		}

		String refWord(ShipmentView.ReferenceView ref) {
			String key = "ref." + ref.type().code();
			return templates.has(r.language(), key) ? templates.get(r.language(), key, false) : "";
		}

		String typeWord(String prefix, FoundReference ref) {
			String type = switch (ref.type()) {
				case "container", "awb", "booking", "bol", "order", "invoice" -> ref.type();
				case "other" -> "other";
				default -> "tracking";
			};
			return templates.get(r.language(), prefix + type, false);
		}

		String when(Instant at) {
			return LocalFormats.dateTime(at, r.zone(), r.language());
		}

		/** The SOP's needs the text does not yet cover, asked at the end. */
		void needs() {
			String written = text.text().toLowerCase(Locale.ROOT);
			List<String> open = r.sopNeeds()
				.stream()
				.map(String::strip)
				.filter(n -> !n.isEmpty() && !written.contains(n.toLowerCase(Locale.ROOT)))
				.filter(n -> !coveredByFact(n))
				.distinct()
				.toList();
			if (open.isEmpty()) {
				return;
			}
			paragraph();
			text.plain(templates.get(r.language(), "sop.intro", r.formal()));
			open.forEach(n -> text.plain("\n- " + n));
		}

		/** A need named like a field the text states (eta, pod, carrier ...). */
		boolean coveredByFact(String need) {
			String n = need.toLowerCase(Locale.ROOT).replace(' ', '_');
			return text.placed().stream().anyMatch(p -> {
				String field = p.source().substring(p.source().lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
				return field.equals(n) || field.startsWith(n + "_");
			});
		}

	}

}
