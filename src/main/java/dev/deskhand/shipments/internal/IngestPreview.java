package dev.deskhand.shipments.internal;

import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.ImportOutcome;
import dev.deskhand.shipments.ImportPreview;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TrackingEventView;
import dev.deskhand.shipments.ingest.ParsedEvent;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A dry run: the file checked as an import would ({@link IngestCheck}), nothing stored,
 * no database. Pure, for the command line's {@code --dry-run} without Spring.
 */
public final class IngestPreview {

	private IngestPreview() {
	}

	/**
	 * @param reference the reference of the events that name none, as an import takes it
	 * @throws dev.deskhand.shipments.ingest.UnreadableFile when nothing can be read
	 * @throws dev.deskhand.shared.InvalidInputException for {@code /reference}
	 */
	public static ImportPreview preview(String fileName, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, @Nullable String reference, Locale language) {
		IngestCheck.FileCheck check = IngestCheck.check(content, format, mapping, null, reference);
		var events = check.events().stream().map(IngestPreview::event).toList();
		var flagged = check.events()
			.stream()
			.filter(c -> c.flag() != null)
			.map(c -> new ImportOutcome.Flag(c.event().position(), c.flaggedReference(), c.flag().english()))
			.toList();
		var rejected = check.rejected()
			.stream()
			.map(r -> new ImportOutcome.Problem(r.position(), r.reason().english()))
			.toList();
		return new ImportPreview(new ImportOutcome(fileName, check.format(), null, events.size(), check.duplicates(),
				check.updated(), rejected, flagged), events);
	}

	private static ImportPreview.Event event(IngestCheck.CheckedEvent c) {
		ParsedEvent e = c.event();
		return new ImportPreview.Event(e.position(), e.status(), e.carrierCode(), e.classifier(), e.eventTime(),
				e.location() == null ? null : new ShipmentView.Place(e.location().unlocode(), e.location().name()),
				c.references()
					.stream()
					.map(r -> new TrackingEventView.EventReference(r.type().code(), r.written(), r.valid(),
							r.reason() == null ? null : r.reason().english()))
					.toList());
	}

}
