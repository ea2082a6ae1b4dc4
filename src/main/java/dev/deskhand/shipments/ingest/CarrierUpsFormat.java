package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-ups}: the UPS Tracking API (v1) JSON, {@code trackResponse.shipment[]
 * .package[].activity[]}, and its error answer {@code response.errors[]}. Activity times
 * are local ({@code date} yyyyMMdd, {@code time} HHmmss); the GMT offset is used when the
 * response gives one.
 */
public final class CarrierUpsFormat implements EventFormat {

	private static final String CARRIER = "UPS";

	private static final Pattern ERROR = Pattern
		.compile("^\\s*\\{\\s*\"response\"\\s*:\\s*\\{\\s*\"errors\"\\s*:\\s*\\[\\s*\\{\\s*\"code\"\\s*:\\s*\"TV");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	/** UPS status types; code-level meanings below take precedence. */
	private static final Map<String, TrackingStatus> TYPES = Map.of("M", TrackingStatus.BOOKED, "MV",
			TrackingStatus.CANCELLED, "P", TrackingStatus.PICKED_UP, "I", TrackingStatus.INFO, "O",
			TrackingStatus.OUT_FOR_DELIVERY, "D", TrackingStatus.DELIVERED, "X", TrackingStatus.EXCEPTION, "RS",
			TrackingStatus.EXCEPTION, "DO", TrackingStatus.DELIVERED, "DD", TrackingStatus.DELIVERED);

	private static final Map<String, TrackingStatus> CODES = Map.of("SR", TrackingStatus.CUSTOMS_RELEASED, "CR",
			TrackingStatus.CUSTOMS_RELEASED, "DP", TrackingStatus.DEPARTED, "AR", TrackingStatus.ARRIVED, "OT",
			TrackingStatus.OUT_FOR_DELIVERY, "OF", TrackingStatus.OUT_FOR_DELIVERY, "48",
			TrackingStatus.DELIVERY_FAILED, "DS", TrackingStatus.DELIVERY_FAILED);

	@Override
	public String name() {
		return "carrier-ups";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 8192);
		return head.contains("\"trackResponse\"") || ERROR.matcher(head).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode errors = root.path("response").path("errors");
		if (errors.isArray() && !errors.isEmpty()) {
			throw new UnreadableFile("/response/errors/0", CarrierEvents.error(CARRIER,
					CarrierJson.text(errors.get(0), "code"), CarrierJson.text(errors.get(0), "message")));
		}
		JsonNode shipments = root.path("trackResponse").path("shipment");
		if (!shipments.isArray()) {
			throw new UnreadableFile("1",
					Text.of("ingest.reject.carrier.shape", CARRIER, "\"trackResponse\".\"shipment\""));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < shipments.size(); i++) {
			JsonNode shipment = shipments.get(i);
			String at = "/trackResponse/shipment/" + i;
			JsonNode packages = shipment.path("package");
			JsonNode warnings = shipment.path("warnings");
			if ((!packages.isArray() || packages.isEmpty()) && warnings.isArray() && !warnings.isEmpty()) {
				rejected.add(new Rejection(at + "/warnings/0", CarrierEvents.error(CARRIER,
						CarrierJson.text(warnings.get(0), "code"), CarrierJson.text(warnings.get(0), "message"))));
				continue;
			}
			for (int p = 0; p < packages.size(); p++) {
				readPackage(packages.get(p), at + "/package/" + p, CarrierJson.text(shipment, "inquiryNumber"), events,
						rejected);
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private void readPackage(JsonNode pkg, String at, @Nullable String inquiry, List<ParsedEvent> events,
			List<Rejection> rejected) {
		List<String> others = new ArrayList<>();
		pkg.path("referenceNumber").forEach(r -> others.add(CarrierJson.text(r, "number")));
		List<RawReference> refs = CarrierEvents.references(inquiry, others.toArray(String[]::new));
		JsonNode activities = pkg.path("activity");
		for (int a = 0; a < activities.size(); a++) {
			JsonNode activity = activities.get(a);
			String position = at + "/activity/" + a;
			JsonNode address = activity.path("location").path("address");
			String country = CarrierPlaces.countryCode(CarrierJson.text(address, "countryCode"));
			String written = CarrierJson.text(activity, "date") + CarrierJson.text(activity, "time");
			CarrierTimes.Resolved time = time(activity, written, country);
			JsonNode status = activity.path("status");
			String code = CarrierJson.text(status, "code");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "date yyyyMMdd and time HHmmss"));
				continue;
			}
			if (code == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "status.code")));
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null, status(code, CarrierJson.text(status, "type")),
					code, CarrierJson.text(status, "description"), time,
					CarrierEvents
						.place(CarrierJson.text(address, "postalCode"), CarrierJson.text(address, "city"), country),
					refs,
					CarrierEvents.details("status-type", CarrierJson.text(status, "type"), "status-code",
							CarrierJson.text(status, "statusCode"), "slic",
							CarrierJson.text(activity.path("location"), "slic")),
					activity.toString()));
		}
	}

	private static CarrierTimes.@Nullable Resolved time(JsonNode activity, String written, @Nullable String country) {
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(written, TIME);
		}
		catch (DateTimeParseException e) {
			return null;
		}
		String offset = CarrierJson.text(activity, "gmtOffset");
		if (offset != null) {
			try {
				ZoneOffset zone = ZoneOffset.of(offset);
				return new CarrierTimes.Resolved(local.toInstant(zone), zone.getId());
			}
			catch (java.time.DateTimeException e) {
				// an offset UPS did not write as ±HH:MM: the place decides
			}
		}
		return CarrierTimes.local(local, country);
	}

	static TrackingStatus status(String code, @Nullable String type) {
		TrackingStatus byCode = CODES.get(code.toUpperCase(Locale.ROOT));
		if (byCode != null) {
			return byCode;
		}
		return type == null ? TrackingStatus.INFO
				: TYPES.getOrDefault(type.toUpperCase(Locale.ROOT), TrackingStatus.INFO);
	}

}
