package dev.deskhand.shipments;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
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

	/**
	 * Imports the files in order, the next one read and checked while one is stored;
	 * {@code each} gets each file's outcome (an unreadable file's reason as one), or the
	 * error reading it.
	 */
	void importFiles(String slug, List<Path> files, @Nullable String format, @Nullable CsvMapping mapping,
			@Nullable String reference, CommandLine.Model.CommandSpec spec,
			BiConsumer<Path, ShipmentManagement.ImportResult> each) {
		if (shipments == null || workspaces == null) {
			throw new IllegalStateException("import-events ran without its data");
		}
		WorkspaceId ws = workspaces.find(slug, spec);
		List<ShipmentManagement.ImportFile> named = files.stream()
			.map(f -> new ShipmentManagement.ImportFile(f.getFileName().toString(), () -> Files.readAllBytes(f)))
			.toList();
		shipments.importFilesAsSystem(ws, named, format, mapping, reference, (file, result) -> {
			Path path = files.get(named.indexOf(file));
			each.accept(path,
					result.problem() instanceof InvalidInputException e ? new ShipmentManagement.ImportResult(
							ImportEventsCommand.unreadable(file.name(), format, e.field(), e.text().english()), null)
							: result);
		});
	}

}
