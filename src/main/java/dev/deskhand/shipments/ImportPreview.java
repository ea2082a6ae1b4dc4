package dev.deskhand.shipments;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dry run of a file: what would be stored, without a database.
 *
 * @param outcome the file's outcome as an import would count it within the file
 * (duplicates and updates inside the file), without an import id
 * @param events every event that would be stored, normalised, in file order
 */
public record ImportPreview(ImportOutcome outcome, List<Event> events) {

	public ImportPreview {
		events = List.copyOf(events);
	}

	/** One normalised event with its checked references. */
	public record Event(String position, TrackingStatus status, String carrierCode, Classifier classifier,
			Instant eventTime, ShipmentView.@Nullable Place location,
			List<TrackingEventView.EventReference> references) {

		public Event {
			references = List.copyOf(references);
		}

	}

}
