package dev.deskhand.audit.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.audit.AuditFilter;
import dev.deskhand.audit.AuditLog;
import dev.deskhand.audit.AuditLog.ExportFormat;
import dev.deskhand.audit.Verification;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's audit log: list, verify, export. Each route needs {@code AUDIT_VIEW};
 * each read is logged.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/audit")
@Tag(name = "Audit log", description = "The workspace's tamper-evident log of changes and sensitive reads")
class AuditController {

	private final AccessPolicy policy;

	private final AuditLog log;

	AuditController(AccessPolicy policy, AuditLog log) {
		this.policy = policy;
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Lists entries newest first; filters combine, times are ISO-8601 (dates in the workspace's "
			+ "time zone, 'to' exclusive)")
	Page<AuditEntryView> entries(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) @Nullable String subjectType,
			@Parameter(description = "CREATE, UPDATE, DELETE or READ") @RequestParam(
					required = false) @Nullable String action,
			@Parameter(description = "An actor's id, or part of their name") @RequestParam(
					required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Membership m = policy.require(slug, Permission.AUDIT_VIEW);
		AuditFilter filter = AuditFilter.parse(subjectType, action, actor, from, to, m.workspace().timeZone());
		return log.entries(m.workspace().id(), filter, PageRequest.of(page, size));
	}

	@GetMapping("/verification")
	@Operation(summary = "Verifies the workspace's hash chain and reports the first altered, missing, forged or "
			+ "truncated entry")
	Verification verification(@PathVariable String slug) {
		return log.verify(policy.require(slug, Permission.AUDIT_VIEW).workspace().id());
	}

	@GetMapping("/export")
	@Operation(summary = "Streams the matching entries oldest first as CSV or JSON Lines")
	void export(@PathVariable String slug,
			@Parameter(description = "csv or jsonl (default)") @RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String subjectType,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			HttpServletResponse response) throws IOException {
		Membership m = policy.require(slug, Permission.AUDIT_VIEW);
		ExportFormat fmt = ExportFormat.parse(format);
		AuditFilter filter = AuditFilter.parse(subjectType, action, actor, from, to, m.workspace().timeZone());
		response.setContentType(fmt.mediaType());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-" + slug + "." + fmt.code()).build().toString());
		log.export(m.workspace().id(), filter, fmt, response.getWriter());
	}

}
