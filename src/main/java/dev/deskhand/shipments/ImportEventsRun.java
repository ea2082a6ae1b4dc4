package dev.deskhand.shipments;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * The part of {@code import-events} that needs the database: filled by the command-line
 * launcher only for a real import, so {@code --dry-run} starts no Spring.
 */
class ImportEventsRun {

	@Autowired
	@Nullable ShipmentManagement shipments;

	@Autowired
	@Nullable ImportEventsWorkspaces workspaces;

	ImportOutcome importFile(String slug, String name, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, @Nullable String reference, CommandLine.Model.CommandSpec spec) {
		if (shipments == null || workspaces == null) {
			throw new IllegalStateException("import-events ran without its data");
		}
		WorkspaceId ws = workspaces.find(slug, spec);
		try {
			return shipments.importEventsAsSystem(ws, null, name, content, format, mapping, reference);
		}
		catch (InvalidInputException e) {
			return ImportEventsCommand.unreadable(name, format, e.field(), e.text().english());
		}
	}

}
