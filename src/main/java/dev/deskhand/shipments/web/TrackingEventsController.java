package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.ImportOutcome;
import dev.deskhand.shipments.ShipmentManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files of tracking events over the API: the body is the file (any content type), or
 * several {@code file} parts of a multipart form (one outcome each). HTTP 200 with the
 * outcome even when records were rejected; 400 only when nothing can be read.
 */
@RestController
class TrackingEventsController {

	/** How the API describes {@code reference=}. */
	static final String REFERENCE = "A reference (e.g. the tracking number asked about) for the events of the file "
			+ "that name none of their own, as a carrier's answer about one parcel may not repeat its number "
			+ "(Sendle's does not); recognised, checked and recorded like every other reference";

	private final AccessPolicy policy;

	private final ShipmentManagement shipments;

	private final MessageSource messages;

	private final JsonMapper json;

	TrackingEventsController(AccessPolicy policy, ShipmentManagement shipments, MessageSource messages,
			JsonMapper json) {
		this.policy = policy;
		this.shipments = shipments;
		this.messages = messages;
		this.json = json;
	}

	@PostMapping(path = "/api/v1/workspaces/{slug}/tracking-events", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Imports files of tracking events sent as multipart parts named file: one outcome per file; "
			+ "a file of which nothing can be read is answered with its position in rejected")
	List<ImportOutcome> importFiles(@PathVariable String slug, @RequestParam("file") List<MultipartFile> files,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String mapping,
			@Parameter(description = REFERENCE) @RequestParam(required = false) @Nullable String reference,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		Locale language = Languages.of(acceptLanguage);
		CsvMapping csv = mapping(mapping);
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (MultipartFile f : files) {
			String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "upload"
					: f.getOriginalFilename();
			byte[] content;
			try {
				content = f.getBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			try {
				outcomes.add(shipments.importEvents(m, name, content, format, csv, reference, language));
			}
			catch (InvalidInputException e) {
				outcomes.add(new ImportOutcome(name, format == null ? "" : format, null, 0, 0, 0,
						List.of(new ImportOutcome.Problem(e.field(), messages.getMessage(e.text(), language))),
						List.of()));
			}
		}
		return outcomes;
	}

	@PostMapping(path = "/api/v1/workspaces/{slug}/tracking-events")
	@Operation(summary = "Imports one file of tracking events (the body, any content type; format= json, csv, dcsa, "
			+ "iftsta, x12, carrier-dhl … or guessed; mapping= a JSON object of CSV column to field; reference= for "
			+ "events that name none); 200 with the "
			+ "outcome even when records are rejected, 400 with the position when nothing can be read")
	ImportOutcome importBody(@PathVariable String slug, @RequestBody byte[] body,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String mapping,
			@RequestParam(name = "file", required = false) @Nullable String fileName,
			@Parameter(description = REFERENCE) @RequestParam(required = false) @Nullable String reference,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
		Membership m = policy.require(slug, Permission.SHIPMENTS_MANAGE);
		return shipments.importEvents(m, fileName == null || fileName.isBlank() ? "upload" : fileName, body, format,
				mapping(mapping), reference, Languages.of(acceptLanguage));
	}

	private @Nullable CsvMapping mapping(@Nullable String mapping) {
		if (mapping == null || mapping.isBlank()) {
			return null;
		}
		try {
			Map<String, String> columns = json.readValue(mapping, new TypeReference<Map<String, String>>() {
			});
			return new CsvMapping(columns);
		}
		catch (JacksonException | IllegalArgumentException e) {
			throw new InvalidInputException("/mapping",
					Text.of("shipments.core.mapping", String.join(", ", CsvMapping.FIELDS.stream().sorted().toList())));
		}
	}

}
