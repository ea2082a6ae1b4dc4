package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Where a DCSA event happened, and the references it names. */
final class DcsaPlaces {

	private DcsaPlaces() {
	}

	/**
	 * The first of the event's places that names a UN/LOCODE or a name: the event's own
	 * location, else its transport call's (never the vessel's next or previous port,
	 * which DCSA events do not carry as their place). Every UN/LOCODE present is checked.
	 */
	static @Nullable Location location(DcsaShape shape, DcsaChecks check, Map<String, String> details) {
		Location location = null;
		for (DcsaNode place : shape.places()) {
			if (!place.isObject()) {
				continue;
			}
			String unlocode = check.unlocode(place.at("UNLocationCode"));
			String name = place.at("locationName").nonBlank();
			if (location == null && (unlocode != null || name != null)) {
				location = new Location(unlocode, name, country(place, unlocode));
				coordinates(place, details);
			}
		}
		String callCode = shape.transportCall().at("UNLocationCode").nonBlank();
		String locationCode = shape.transportCall().at("location").at("UNLocationCode").nonBlank();
		if (callCode != null && locationCode != null && !callCode.equals(locationCode)) {
			check.add(Text.of("ingest.reject.dcsa.places-disagree", shape.transportCall().pointer(), callCode,
					locationCode));
		}
		return location;
	}

	private static @Nullable String country(DcsaNode place, @Nullable String unlocode) {
		if (unlocode != null) {
			return unlocode.substring(0, 2);
		}
		String code = place.at("address").at("countryCode").nonBlank();
		return code != null && code.length() == 2 ? code.toUpperCase(Locale.ROOT) : null;
	}

	private static void coordinates(DcsaNode place, Map<String, String> details) {
		DcsaNode geo = place.at("geoCoordinate").isObject() ? place.at("geoCoordinate") : place;
		String latitude = geo.at("latitude").nonBlank();
		String longitude = geo.at("longitude").nonBlank();
		if (latitude != null && longitude != null) {
			details.put("latitude", latitude);
			details.put("longitude", longitude);
		}
	}

	/**
	 * The equipment, the shipment event's own document, related documents and the
	 * shipper's and forwarder's references; one entry per type and value, and an untyped
	 * value dropped when the same value is also there with a type.
	 */
	static List<RawReference> references(DcsaShape shape, DcsaChecks check) {
		List<RawReference> references = new ArrayList<>();
		String equipment = value(shape.equipmentReference(), check);
		if (equipment != null) {
			add(references, ReferenceType.CONTAINER, equipment);
		}
		String document = value(shape.documentId(), check);
		String documentType = shape.documentType().nonBlank();
		if (document != null) {
			add(references, documentType == null ? null : DcsaCodes.documentReference(documentType), document);
		}
		pairs(shape.documentReferences(), DcsaCodes::documentReference, references, check);
		pairs(shape.references(), DcsaCodes::reference, references, check);
		return references;
	}

	private static void pairs(List<DcsaNode[]> pairs, Function<String, @Nullable ReferenceType> types,
			List<RawReference> references, DcsaChecks check) {
		for (DcsaNode[] pair : pairs) {
			String value = value(pair[1], check);
			String type = pair[0].nonBlank();
			if (value != null) {
				add(references, type == null ? null : types.apply(type), value);
			}
		}
	}

	private static @Nullable String value(DcsaNode value, DcsaChecks check) {
		if (value.node().isNumber()) {
			return value.node().asString();
		}
		return value.present() ? check.text(value, false) : null;
	}

	private static void add(List<RawReference> references, @Nullable ReferenceType type, String value) {
		for (int i = 0; i < references.size(); i++) {
			RawReference existing = references.get(i);
			if (!existing.value().equals(value)) {
				continue;
			}
			if (Objects.equals(existing.type(), type) || type == null) {
				return;
			}
			if (existing.type() == null) {
				references.set(i, new RawReference(type, value));
				return;
			}
		}
		references.add(new RawReference(type, value));
	}

}
