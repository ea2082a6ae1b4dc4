package dev.deskhand.shipments;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
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
	@Nullable WorkspaceManagement workspaces;

	ImportOutcome importFile(String slug, String name, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, CommandLine.Model.CommandSpec spec) {
		if (shipments == null || workspaces == null) {
			throw new IllegalStateException("import-events ran without its data");
		}
		WorkspaceView ws = workspaces.findWorkspace(slug)
			.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "No workspace '" + slug + "'"));
		try {
			return shipments.importEventsAsSystem(ws.id(), null, name, content, format, mapping);
		}
		catch (InvalidInputException e) {
			return ImportEventsCommand.unreadable(name, format, e.field(), e.text().english());
		}
	}

}
