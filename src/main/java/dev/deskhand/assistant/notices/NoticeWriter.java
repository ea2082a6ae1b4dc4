package dev.deskhand.assistant.notices;

import dev.deskhand.assistant.Claim;
import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.Verification;
import dev.deskhand.assistant.drafts.DraftMaker;
import dev.deskhand.assistant.drafts.DraftText;
import dev.deskhand.assistant.drafts.FactGathering;
import dev.deskhand.assistant.drafts.Gathered;
import dev.deskhand.assistant.drafts.LocalFormats;
import dev.deskhand.assistant.drafts.SettingsStore;
import dev.deskhand.assistant.drafts.AssistantSettings;
import dev.deskhand.assistant.drafts.Templates;
import dev.deskhand.assistant.grounding.GroundingSources;
import dev.deskhand.assistant.grounding.GroundingVerifier;
import dev.deskhand.parties.ContactView;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TrackingExceptionRaised;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a delay notice for a tracking exception in the customer's language and the
 * workspace's tone: which shipment, why, the carrier, the last event's place and time,
 * the new ETA (or that none is known yet) and the promised delivery, each placed as its
 * fact; then has the verifier check it.
 */
@Component
public class NoticeWriter {

	private final ShipmentManagement shipments;

	private final PartyManagement parties;

	private final FactGathering gathering;

	private final Templates templates;

	private final SettingsStore settings;

	private final DraftMaker drafts;

	private final GroundingVerifier verifier;

	private final Clock clock;

	NoticeWriter(ShipmentManagement shipments, PartyManagement parties, FactGathering gathering, Templates templates,
			SettingsStore settings, DraftMaker drafts, GroundingVerifier verifier, Clock clock) {
		this.shipments = shipments;
		this.parties = parties;
		this.gathering = gathering;
		this.templates = templates;
		this.settings = settings;
		this.drafts = drafts;
		this.verifier = verifier;
		this.clock = clock;
	}

	/** The notice for the exception; empty when its shipment is gone. */
	public Optional<NoticeStore.Written> write(TrackingExceptionRaised e) {
		WorkspaceView w = drafts.workspace(e.workspace());
		Optional<ShipmentView> shipment = shipments.find(e.workspace(), e.shipment());
		if (shipment.isEmpty()) {
			return Optional.empty();
		}
		Gathered.ShipmentFacts f = gathering.shipmentFacts(e.workspace(), shipment.get(), w.timeZone());
		PartyView customer = e.customer() == null ? null : parties.find(e.workspace(), e.customer()).orElse(null);
		ContactView contact = customer == null ? null
				: customer.contacts().stream().filter(c -> c.email() != null).findFirst().orElse(null);
		String language = LocalFormats.language(contact != null && contact.language() != null ? contact.language()
				: customer != null ? customer.language() : e.language());
		AssistantSettings s = settings.of(e.workspace());
		boolean formal = s.formal(language);
		Map<String, List<DraftText.Slot>> shipmentSlots = shipmentSlots(f, e, language);
		String subject = new DraftText().fill(templates.get(language, "notice.subject", formal), shipmentSlots).text();
		DraftText text = new DraftText();
		text.plain(templates.get(language, "greeting", formal) + ",\n\n");
		text.fill(templates.get(language, "notice.intro", formal), shipmentSlots);
		String kind = "notice.kind." + e.kind();
		if (templates.has(language, kind)) {
			text.plain(" ").fill(templates.get(language, kind, formal), Map.of());
		}
		text.plain("\n\n");
		Fact carrier = f.field("carrier");
		if (carrier != null) {
			text.fill(templates.get(language, "carrier.line", formal),
					Map.of("carrier", List.of(DraftText.Slot.of(carrier.value(), carrier))));
			text.plain("\n");
		}
		ShipmentView v = f.shipment();
		if (f.field("last_location") != null && v.lastEventAt() != null) {
			text.fill(templates.get(language, "last.event", formal), Map
				.of("place", List.of(DraftText.Slot.of(v.lastLocation(), f.field("last_location"))), "at", List
					.of(DraftText.Slot.of(when(v.lastEventAt(), w.timeZone(), language), f.field("last_event_at")))));
			text.plain("\n");
		}
		if (v.eta() != null) {
			text.fill(templates.get(language, "notice.eta", formal),
					Map.of("eta", List.of(DraftText.Slot.of(when(v.eta(), w.timeZone(), language), f.field("eta")))));
		}
		else {
			text.plain(templates.get(language, "notice.eta.none", formal));
		}
		text.plain("\n");
		if (v.promisedDelivery() != null) {
			text.fill(templates.get(language, "promised.line", formal), Map.of("promised", List.of(DraftText.Slot
				.of(when(v.promisedDelivery(), w.timeZone(), language), f.field("promised_delivery")))));
			text.plain("\n");
		}
		text.plain("\n" + templates.get(language, "notice.apology", formal));
		text.plain("\n\n" + drafts.signOff(w, s, language));
		List<Fact> sources = FactGathering.allFacts(f, w.timeZone());
		Verification verdict = verify(w, sources, language, text.text());
		Text reason = reason(verdict, contact);
		return Optional.of(new NoticeStore.Written(e.exception(), e.shipment(), e.shipmentNumber(), e.customer(),
				e.customerName(), language, contact == null ? null : contact.email(), subject, text.text(),
				text.placed(), sources, reason));
	}

	/** The verdict on a notice's (edited) text against its sources. */
	public Verification verify(WorkspaceId ws, List<Fact> sources, String language, String text) {
		return verify(drafts.workspace(ws), sources, language, text);
	}

	private Verification verify(WorkspaceView w, List<Fact> sources, String language, String text) {
		return verifier.verify(text,
				new GroundingSources(sources, "", language, w.timeZone(), LocalDate.now(clock.withZone(w.timeZone()))));
	}

	static @Nullable Text reason(Verification v, @Nullable ContactView contact) {
		if (!v.grounded()) {
			Claim first = v.unbacked().getFirst();
			return Text.of("assistant.draft.reason.unbacked", first.text());
		}
		return contact == null ? Text.of("assistant.notice.reason.noContact") : null;
	}

	private Map<String, List<DraftText.Slot>> shipmentSlots(Gathered.ShipmentFacts f, TrackingExceptionRaised e,
			String language) {
		Map<String, List<DraftText.Slot>> slots = new LinkedHashMap<>();
		slots.put("shipment", List.of(DraftText.Slot.of(f.shipment().label(), f.field("number"))));
		String main = e.mainReference();
		ShipmentView.ReferenceView ref = f.shipment()
			.references()
			.stream()
			.filter(r -> main != null && (r.value().equals(main) || r.written().equals(main)))
			.findFirst()
			.orElse(f.shipment().references().isEmpty() ? null : f.shipment().references().getFirst());
		if (ref == null) {
			slots.put("refs", List.of());
		}
		else {
			String key = "ref." + ref.type().code();
			String word = templates.has(language, key) ? templates.get(language, key, false) + " " : "";
			slots.put("refs",
					List.of(DraftText.Slot.plain(" (" + word), DraftText.Slot
						.of(ReferenceChecks.display(ref.type(), ref.value()), f.field("reference:" + ref.value())),
							DraftText.Slot.plain(")")));
		}
		return slots;
	}

	private static String when(Instant at, ZoneId zone, String language) {
		return LocalFormats.dateTime(at, zone, language);
	}

}
