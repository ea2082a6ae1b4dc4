package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.ImportOutcome;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ingest.CsvFormat;
import dev.deskhand.shipments.ingest.EventFormat;
import dev.deskhand.shipments.ingest.EventFormats;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import page: one or more files of tracking events uploaded (with a progress bar),
 * then a report per file in the reader's language — new events, duplicates, updates,
 * records not read with their position and reason, events stored with a doubtful
 * reference. A CSV file whose columns are not recognised is answered with its header row
 * and a field to choose per column; the choice is saved for the source and used for its
 * next files. The recent imports with their outcome below.
 */
@Controller
class ShipmentImportPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Files kept in the mapping form: a CSV to map is small. */
	static final int MAX_MAPPED_BYTES = 5 * 1024 * 1024;

	private final AccessPolicy policy;

	private final ShipmentManagement shipments;

	private final ShipmentReads reads;

	private final JdbcClient jdbc;

	private final Clock clock;

	ShipmentImportPageController(AccessPolicy policy, ShipmentManagement shipments, ShipmentReads reads,
			JdbcClient jdbc, Clock clock) {
		this.policy = policy;
		this.shipments = shipments;
		this.reads = reads;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One file's answer: its outcome, or why nothing in it could be read, or the columns
	 * to map.
	 */
	public record FileReport(String file, @Nullable ImportOutcome outcome, @Nullable Text unreadable,
			@Nullable String position, @Nullable ToMap toMap) {
	}

	/**
	 * A CSV file to map: its header cells, a guess per cell, and its content to post
	 * again.
	 */
	public record ToMap(String file, String source, List<String> headers, List<String> guesses, String content) {
	}

	/** A recent import as the list shows it. */
	public record RecentImport(ShipmentReads.Import file, long accepted, long duplicates, long updated, long rejected,
			long flagged) {
	}

	@GetMapping("/w/{slug}/shipments/import")
	String page(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		page(model, m, List.of(), "");
		return "shipments/import";
	}

	@PostMapping("/w/{slug}/shipments/import")
	String upload(@PathVariable String slug, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String reference,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model)
			throws IOException {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		String from = source == null ? "" : source.strip();
		String parcel = blank(reference);
		List<FileReport> reports = new ArrayList<>();
		if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
			model.addAttribute("error", Text.of("shipments.page.import.noFiles"));
		}
		else {
			for (MultipartFile f : files) {
				if (f.isEmpty()) {
					continue;
				}
				String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "upload"
						: f.getOriginalFilename();
				reports.add(importFile(m, name, f.getBytes(), blank(format), from, parcel));
			}
		}
		page(model, m, reports, from);
		return htmx != null ? "shipments/import :: report" : "shipments/import";
	}

	/**
	 * The chosen columns of a CSV file: saved for its source, then the file imported with
	 * them.
	 */
	@PostMapping("/w/{slug}/shipments/import/mapping")
	String map(@PathVariable String slug, @RequestParam String file, @RequestParam String content,
			@RequestParam(required = false) @Nullable String source, HttpServletRequest request,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(content);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("/content", Text.of("shipments.page.import.noFiles"));
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (String header : headers(bytes)) {
			String field = request.getParameter("column." + header);
			if (field != null && CsvMapping.FIELDS.contains(field)) {
				columns.put(header, field);
			}
		}
		String key = sourceKey(source, file);
		jdbc.sql("""
				insert into shipments.csv_mapping (workspace_id, source, columns, updated_by, updated_at)
				values (?, ?, ?::jsonb, ?, ?)
				on conflict (workspace_id, source) do update set columns = excluded.columns,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at
				""")
			.params(m.workspace().id().value(), key, JSON.writeValueAsString(columns), m.member().id().toString(),
					Timestamp.from(clock.instant()))
			.update();
		List<FileReport> reports = List.of(run(m, file, bytes, "csv", new CsvMapping(columns), null));
		model.addAttribute("ok", "shipments.page.import.mapping.saved");
		model.addAttribute("okArgs", key);
		page(model, m, reports, source == null ? "" : source);
		return htmx != null ? "shipments/import :: report" : "shipments/import";
	}

	/**
	 * @param reference the parcel's reference for events that name none (a carrier's
	 * answer about one parcel, such as Sendle's), or null
	 */
	private FileReport importFile(Membership m, String name, byte[] content, @Nullable String format, String source,
			@Nullable String reference) {
		boolean csv = "csv".equals(format) || (format == null && looksLikeCsv(name, content));
		if (csv && !new CsvFormat().recognises(content)) {
			Optional<CsvMapping> saved = saved(m, sourceKey(source, name));
			if (saved.isPresent()) {
				return run(m, name, content, "csv", saved.get(), reference);
			}
			if (content.length <= MAX_MAPPED_BYTES) {
				List<String> headers = headers(content);
				return new FileReport(name, null, null, null,
						new ToMap(name, source, headers,
								headers.stream().map(ShipmentImportPageController::guess).toList(),
								Base64.getEncoder().encodeToString(content)));
			}
		}
		return run(m, name, content, format, null, reference);
	}

	private FileReport run(Membership m, String name, byte[] content, @Nullable String format,
			@Nullable CsvMapping mapping, @Nullable String reference) {
		try {
			return new FileReport(name, shipments.importEvents(m, name, content, format, mapping, reference,
					LocaleContextHolder.getLocale()), null, null, null);
		}
		catch (InvalidInputException e) {
			return new FileReport(name, null, e.text(), e.field(), null);
		}
	}

	/**
	 * A CSV by its name, or content no other format recognises whose first line has
	 * separators.
	 */
	private static boolean looksLikeCsv(String name, byte[] content) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
			return true;
		}
		for (EventFormat f : EventFormats.list()) {
			if (f.recognises(content)) {
				return false;
			}
		}
		String first = firstLine(content);
		return first.contains(";") || first.contains(",") || first.contains("\t");
	}

	private Optional<CsvMapping> saved(Membership m, String source) {
		return jdbc.sql("select columns::text from shipments.csv_mapping where workspace_id = ? and source = ?")
			.params(m.workspace().id().value(), source)
			.query(String.class)
			.optional()
			.map(json -> {
				Map<String, String> columns = new LinkedHashMap<>();
				JsonNode node = JSON.readTree(json);
				node.properties().forEach(e -> columns.put(e.getKey(), e.getValue().asString()));
				return new CsvMapping(columns);
			});
	}

	/**
	 * The source a mapping is saved for: as typed, else the file's name without numbers
	 * and extension.
	 */
	static String sourceKey(@Nullable String source, String file) {
		if (source != null && !source.isBlank()) {
			return source.strip().toLowerCase(Locale.ROOT);
		}
		String stem = file.replaceFirst("\\.[^.]*$", "").replaceAll("[0-9_\\-. ]+", " ").strip();
		return (stem.isEmpty() ? "csv" : stem).toLowerCase(Locale.ROOT);
	}

	/** The header row's cells (separator: the most frequent of ; , tab |). */
	static List<String> headers(byte[] content) {
		String line = firstLine(content);
		char sep = ';';
		long best = -1;
		for (char c : new char[] { ';', ',', '\t', '|' }) {
			long n = line.chars().filter(x -> x == c).count();
			if (n > best) {
				best = n;
				sep = c;
			}
		}
		List<String> cells = new ArrayList<>();
		for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1)) {
			String h = cell.strip();
			if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
				h = h.substring(1, h.length() - 1).replace("\"\"", "\"");
			}
			if (!h.isEmpty()) {
				cells.add(h);
			}
		}
		return cells;
	}

	private static String firstLine(byte[] content) {
		String text = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
	}

	/** A field whose name the header is (the rest the person chooses). */
	private static String guess(String header) {
		String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
		return CsvMapping.FIELDS.contains(key) ? key : "";
	}

	private void page(Model model, Membership m, List<FileReport> reports, String source) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("reports", reports);
		model.addAttribute("source", source);
		model.addAttribute("formats", EventFormats.list().stream().map(EventFormat::name).toList());
		model.addAttribute("fields", CsvMapping.FIELDS.stream().sorted().toList());
		model.addAttribute("recent", reads.imports(m, 15).stream().map(ShipmentImportPageController::recent).toList());
	}

	private static RecentImport recent(ShipmentReads.Import i) {
		if (i.outcome() == null) {
			return new RecentImport(i, 0, 0, 0, 0, 0);
		}
		JsonNode o = JSON.readTree(i.outcome());
		return new RecentImport(i, o.path("accepted").asLong(0), o.path("duplicates").asLong(0),
				o.path("updated").asLong(0), o.path("rejected").size(), o.path("flagged").size());
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() || "auto".equals(s) ? null : s.strip();
	}

}
