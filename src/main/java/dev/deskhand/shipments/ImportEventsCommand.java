package dev.deskhand.shipments;

import dev.deskhand.shared.DataCommand;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shipments.ingest.UnreadableFile;
import dev.deskhand.shipments.internal.IngestCheck;
import dev.deskhand.shipments.internal.IngestPreview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand import-events --workspace SLUG [--format F] [--mapping FILE]
 * [--reference VALUE] [--dry-run] FILE...}: imports files of tracking events, one JSON
 * line per file's outcome on stdout. With {@code --dry-run} nothing is stored and no
 * database or workspace is needed: each normalised event is printed as a JSON line, then
 * the file's outcome. Exit 0 when every record went through, 1 when any was rejected or a
 * file could not be read, 2 for a usage error. The dry run runs without Spring: this
 * class has no injected fields, a real import fills {@link ImportEventsRun}'s (see
 * {@link DataCommand}).
 */
@Command(name = "import-events", mixinStandardHelpOptions = true,
		description = "Import files of tracking events (JSON, CSV, DCSA, IFTSTA, X12 214/315, carrier responses); "
				+ "--dry-run checks them without a database.")
class ImportEventsCommand implements Callable<Integer>, DataCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Option(names = "--workspace", paramLabel = "SLUG", description = "The workspace's address (not for --dry-run).")
	@Nullable String workspace;

	@Option(names = "--format", paramLabel = "FORMAT",
			description = "json, csv, dcsa, iftsta, x12, carrier-dhl, carrier-ups …; guessed from each file when omitted.")
	@Nullable String format;

	@Option(names = "--mapping", paramLabel = "FILE",
			description = "CSV columns to fields: a properties file (Sendung=reference) or a JSON object.")
	@Nullable Path mapping;

	@Option(names = "--reference", paramLabel = "VALUE",
			description = "The reference of the events that name none (a carrier's answer about one parcel that "
					+ "does not repeat its number, as Sendle's); recognised, checked and recorded as any other.")
	@Nullable String reference;

	@Option(names = "--dry-run", description = "Parse and check without storing; prints every normalised event.")
	boolean dryRun;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "Files of tracking events.")
	List<Path> files = new ArrayList<>();

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	private final ImportEventsRun run = new ImportEventsRun();

	@Override
	public @Nullable Object dataTarget() {
		CommandLine cli = spec.commandLine();
		boolean help = cli.isUsageHelpRequested() || cli.isVersionHelpRequested();
		return dryRun || help || workspace == null || workspace.isBlank() ? null : run;
	}

	@Override
	public Integer call() {
		if (!dryRun && (workspace == null || workspace.isBlank())) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--workspace is needed unless --dry-run");
		}
		CsvMapping csv = mapping == null ? null : readMapping(mapping);
		try {
			IngestCheck.reference(reference);
		}
		catch (InvalidInputException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--reference: " + e.text().english());
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		boolean failed = false;
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + file);
			}
		}
		if (dryRun) {
			for (Path file : files) {
				byte[] content;
				try {
					content = Files.readAllBytes(file);
				}
				catch (IOException e) {
					err.println(file + ": " + e.getMessage());
					failed = true;
					continue;
				}
				failed |= report(preview(file.getFileName().toString(), content, csv, out), out, err);
			}
			return failed ? FAILED : OK;
		}
		boolean[] anyFailed = { false };
		run.importFiles(workspace(), files, format, csv, reference, spec, (file, result) -> {
			if (result.outcome() == null) {
				err.println(file + ": " + (result.problem() == null ? "" : result.problem().getMessage()));
				err.flush();
				anyFailed[0] = true;
			}
			else {
				anyFailed[0] |= report(result.outcome(), out, err);
			}
		});
		failed = anyFailed[0];
		return failed ? FAILED : OK;
	}

	/**
	 * Prints a file's outcome (a JSON line) and its summary; true when it rejected some.
	 */
	private boolean report(ImportOutcome outcome, PrintWriter out, PrintWriter err) {
		out.println(JSON.writeValueAsString(outcome));
		out.flush();
		err.println(outcome.file() + ": " + outcome.accepted() + " accepted, " + outcome.updated() + " updated, "
				+ outcome.duplicates() + " duplicates, " + outcome.rejected().size() + " rejected, "
				+ outcome.flagged().size() + " flagged" + (dryRun ? " (dry run, nothing stored)" : ""));
		err.flush();
		return !outcome.rejected().isEmpty();
	}

	private String workspace() {
		return workspace == null ? "" : workspace;
	}

	private ImportOutcome preview(String name, byte[] content, @Nullable CsvMapping csv, PrintWriter out) {
		ImportPreview p;
		try {
			p = IngestPreview.preview(name, content, format, csv, reference, Locale.ENGLISH);
		}
		catch (UnreadableFile e) {
			return unreadable(name, format, e.position(), e.reason().english());
		}
		for (ImportPreview.Event e : p.events()) {
			out.println(JSON.writeValueAsString(line(name, e)));
		}
		return p.outcome();
	}

	static ImportOutcome unreadable(String name, @Nullable String format, String position, String reason) {
		return new ImportOutcome(name, format == null ? "" : format, null, 0, 0, 0,
				List.of(new ImportOutcome.Problem(position, reason)), List.of());
	}

	private static Map<String, Object> line(String file, ImportPreview.Event e) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("file", file);
		line.put("position", e.position());
		line.put("status", e.status().code());
		line.put("carrier_code", e.carrierCode());
		line.put("classifier", e.classifier().code());
		line.put("event_time", e.eventTime().toString());
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("unlocode", e.location() == null ? null : e.location().unlocode());
		location.put("name", e.location() == null ? null : e.location().name());
		line.put("location", location);
		line.put("references", e.references().stream().map(r -> {
			Map<String, Object> ref = new LinkedHashMap<>();
			ref.put("type", r.type());
			ref.put("value", r.value());
			ref.put("valid", r.valid());
			return ref;
		}).toList());
		return line;
	}

	/** A properties file ({@code column=field}) or a JSON object. */
	private CsvMapping readMapping(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			Map<String, String> columns = new LinkedHashMap<>();
			if (text.startsWith("{")) {
				columns.putAll(JSON.readValue(text, new TypeReference<Map<String, String>>() {
				}));
			}
			else {
				Properties p = new Properties();
				p.load(new StringReader(text));
				p.stringPropertyNames().forEach(k -> columns.put(k, p.getProperty(k)));
			}
			return new CsvMapping(columns);
		}
		catch (IOException | JacksonException | IllegalArgumentException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--mapping " + file + ": " + e.getMessage()
					+ " (fields: " + String.join(", ", CsvMapping.FIELDS.stream().sorted().toList()) + ")");
		}
	}

}
