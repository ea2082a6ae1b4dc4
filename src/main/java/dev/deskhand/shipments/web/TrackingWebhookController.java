package dev.deskhand.shipments.web;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ImportOutcome;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tracking webhook: carriers and aggregators push events without signing in, each
 * push signed with the workspace's secret ({@code X-Deskhand-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}). An unknown workspace and a
 * bad, stale or replayed signature are all answered 401.
 */
@RestController
class TrackingWebhookController {

	static final String HEADER = "X-Deskhand-Signature";

	private final ShipmentManagement shipments;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	TrackingWebhookController(ShipmentManagement shipments, WorkspaceManagement workspaces, MessageSource messages) {
		this.shipments = shipments;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@PostMapping("/api/v1/hooks/tracking/{slug}")
	@Operation(summary = "Receives pushed tracking events (any format, format= or guessed; reference= for events "
			+ "that name none), signed with the "
			+ "workspace's webhook secret; 200 with the outcome, 401 when the signature is missing, wrong, older "
			+ "than 5 minutes or used before")
	ResponseEntity<?> receive(@PathVariable String slug, @RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = HEADER, required = false) @Nullable String signature,
			@RequestParam(required = false) @Nullable String format,
			@Parameter(description = TrackingEventsController.REFERENCE) @RequestParam(
					required = false) @Nullable String reference,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
		byte[] content = body == null ? new byte[0] : body;
		AtomicReference<ShipmentManagement.WebhookRefusal> refusal = new AtomicReference<>(
				ShipmentManagement.WebhookRefusal.NO_SECRET);
		Optional<ImportOutcome> outcome = workspaces.findWorkspace(slug)
			.flatMap(ws -> shipments.receiveWebhook(ws.id(), signature, content, format, reference, refusal::set));
		if (outcome.isPresent()) {
			return ResponseEntity.ok(outcome.get());
		}
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, messages
			.getMessage(Text.of("shipments.core.webhook." + refusal.get().name()), Languages.of(acceptLanguage)));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

}
