package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-australiapost}: Australia Post's Track API JSON,
 * {@code tracking_results[].trackable_items[]}, each an article with {@code events[]} or
 * a consignment whose {@code items[]} have them. An event has only a description (no
 * code): the description is its code and its status is read from the words Australia Post
 * uses. Times carry their offset. A place is "BRISBANE QLD" (an Australian state:
 * Australia), "CHICAGO (US)", "US-60199, UNITED STATES", "NZ" or "Transit Scan" (no
 * country). A result with {@code errors} is refused with Australia Post's code and name,
 * and so is an answer that is only {@code errors}.
 */
public final class CarrierAustraliaPostFormat implements EventFormat {

	private static final String CARRIER = "Australia Post";

	private static final Pattern START = Pattern.compile("^\\s*\\{\\s*\"tracking_results\"\\s*:");

	/**
	 * The start of a description and what it means, tried in order (the first that fits
	 * wins). Shipping information received or approved is booked; received by Australia
	 * Post or from the sender picked up; "Cleared and awaiting international departure"
	 * and "Item cleared by Customs" customs-released; "Item is in Customs" is clearance
	 * under way, not a hold: info; processing and "In transit to next facility" are info.
	 */
	private static final List<Map.Entry<String, TrackingStatus>> WORDS = List.of(
			Map.entry("shipping information", TrackingStatus.BOOKED),
			Map.entry("received by australia post", TrackingStatus.PICKED_UP),
			Map.entry("received item from sender", TrackingStatus.PICKED_UP),
			Map.entry("cleared and awaiting", TrackingStatus.CUSTOMS_RELEASED),
			Map.entry("item cleared by customs", TrackingStatus.CUSTOMS_RELEASED),
			Map.entry("item is in customs", TrackingStatus.INFO), Map.entry("despatch", TrackingStatus.DEPARTED),
			Map.entry("departed", TrackingStatus.DEPARTED), Map.entry("arrived", TrackingStatus.ARRIVED),
			Map.entry("awaiting collection", TrackingStatus.ARRIVED),
			Map.entry("onboard for delivery", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("on board for delivery", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("with australia post for delivery", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("delivered", TrackingStatus.DELIVERED), Map.entry("possible delay", TrackingStatus.DELAYED),
			Map.entry("attempted delivery", TrackingStatus.DELIVERY_FAILED),
			Map.entry("unsuccessful delivery", TrackingStatus.DELIVERY_FAILED),
			Map.entry("cannot be delivered", TrackingStatus.DELIVERY_FAILED),
			Map.entry("article damaged", TrackingStatus.DAMAGED), Map.entry("cancelled", TrackingStatus.CANCELLED));

	@Override
	public String name() {
		return "carrier-australiapost";
	}

	@Override
	public boolean recognises(byte[] content) {
		return START.matcher(CarrierJson.head(content, 4096)).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode errors = root.path("errors");
		if (errors.isArray() && !errors.isEmpty()) {
			throw new UnreadableFile("/errors/0", error(errors.get(0)));
		}
		JsonNode results = root.path("tracking_results");
		if (!results.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"tracking_results\""));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			JsonNode result = results.get(i);
			String at = "/tracking_results/" + i;
			JsonNode refused = result.path("errors");
			if (refused.isArray() && !refused.isEmpty()) {
				rejected.add(new Rejection(at + "/errors/0", error(refused.get(0))));
				continue;
			}
			String asked = CarrierJson.text(result, "tracking_id");
			JsonNode items = result.path("trackable_items");
			for (int j = 0; j < items.size(); j++) {
				JsonNode item = items.get(j);
				String itemAt = at + "/trackable_items/" + j;
				JsonNode articles = item.path("items");
				if (articles.isArray()) {
					String consignment = CarrierJson.text(item, "consignment_id");
					for (int k = 0; k < articles.size(); k++) {
						read(articles.get(k), itemAt + "/items/" + k, refs(articles.get(k), consignment, asked), events,
								rejected);
					}
				}
				else {
					read(item, itemAt, refs(item, CarrierJson.text(item, "consignment_id"), asked), events, rejected);
				}
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(JsonNode article, String at, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		JsonNode list = article.path("events");
		for (int e = 0; e < list.size(); e++) {
			JsonNode event = list.get(e);
			String position = at + "/events/" + e;
			Location place = place(CarrierJson.text(event, "location"));
			String written = CarrierJson.text(event, "date");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, place == null ? null : place.countryCode());
			String description = CarrierJson.text(event, "description");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "ISO 8601 date-time"));
				continue;
			}
			if (description == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "description")));
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null, status(description), description, description,
					time, place, refs, CarrierEvents.details("product", CarrierJson.text(article, "product_type")),
					event.toString()));
		}
	}

	/** The article's number, then its consignment's and the number asked for. */
	private static List<RawReference> refs(JsonNode article, @Nullable String consignment, @Nullable String asked) {
		return CarrierEvents
			.trackingNumbers(Arrays.asList(CarrierJson.text(article, "article_id"), consignment, asked));
	}

	private static Text error(JsonNode error) {
		String message = CarrierJson.text(error, "message");
		return CarrierEvents.error(CARRIER, CarrierJson.text(error, "code"),
				message != null ? message : CarrierJson.text(error, "name"));
	}

	private static @Nullable Location place(@Nullable String written) {
		Location place = CarrierPlaces.countryInParentheses(written);
		if (place != null) {
			return place;
		}
		if (CarrierPlaces.endsWithRegionOf(written, "AU")) {
			return new Location(null, written, "AU");
		}
		return CarrierPlaces.cityAndCountry(written);
	}

	static TrackingStatus status(String description) {
		String d = description.trim().toLowerCase(Locale.ROOT);
		return WORDS.stream()
			.filter(w -> d.startsWith(w.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(TrackingStatus.INFO);
	}

}
