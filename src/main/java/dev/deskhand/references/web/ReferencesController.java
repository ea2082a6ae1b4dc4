package dev.deskhand.references.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.references.ReferenceCandidate;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.references.ReferenceManagement;
import dev.deskhand.references.ReferencePattern;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checking references from outside: any signed-in person or API token may ask which
 * references values could be; with {@code workspace=} its own patterns count too (and the
 * caller must see that workspace's work). The workspace's patterns: reading needs
 * WORK_VIEW, changing SHIPMENTS_MANAGE.
 */
@RestController
class ReferencesController {

	/** Values one request may check. */
	static final int MAX_VALUES = 100;

	private final AccessPolicy policy;

	private final ReferenceManagement references;

	private final MessageSource messages;

	ReferencesController(AccessPolicy policy, ReferenceManagement references, MessageSource messages) {
		this.policy = policy;
		this.references = references;
		this.messages = messages;
	}

	record CandidateAnswer(String type, String format, boolean valid, @Nullable String reason, String normalised) {
	}

	record ValueAnswer(String value, List<CandidateAnswer> candidates) {
	}

	@GetMapping("/api/v1/references")
	@Operation(summary = "Which references the values could be (container number, air waybill, tracking number, "
			+ "booking, bill of lading, or the workspace's own order/invoice patterns) and whether each is valid; "
			+ "reasons in the caller's language (Accept-Language)")
	List<ValueAnswer> check(@RequestParam("value") List<String> values,
			@RequestParam(required = false) @Nullable String workspace) {
		policy.requireCaller();
		if (values.size() > MAX_VALUES) {
			throw new InvalidInputException("value", Text.of("refs.api.too-many", MAX_VALUES));
		}
		Membership m = workspace == null || workspace.isBlank() ? null
				: policy.require(workspace, Permission.WORK_VIEW);
		var locale = LocaleContextHolder.getLocale();
		return values.stream().map(v -> {
			List<ReferenceCandidate> candidates = m == null ? ReferenceChecks.candidates(v)
					: references.candidates(m.workspace().id(), v);
			return new ValueAnswer(v,
					candidates.stream()
						.map(c -> new CandidateAnswer(c.type().code(), c.format(), c.valid(),
								c.reason() == null ? null : messages.getMessage(c.reason(), locale), c.normalised()))
						.toList());
		}).toList();
	}

	@GetMapping("/api/v1/workspaces/{slug}/reference-patterns")
	@Operation(summary = "The workspace's own patterns for order, invoice, booking and bill-of-lading numbers")
	List<ReferencePattern> patterns(@PathVariable String slug) {
		return references.patterns(policy.require(slug, Permission.WORK_VIEW));
	}

	record PatternRequest(dev.deskhand.references.@Nullable ReferenceType type, @Nullable String regex,
			@Nullable String example) {
	}

	@PutMapping("/api/v1/workspaces/{slug}/reference-patterns/{name}")
	@Operation(summary = "Adds or replaces a pattern: a Java regular expression the whole value must match, "
			+ "and an example that does; a pattern that backtracks catastrophically is refused")
	ReferencePattern save(@PathVariable String slug, @PathVariable String name, @RequestBody PatternRequest r) {
		return references.savePattern(policy.require(slug, Permission.SHIPMENTS_MANAGE), new ReferencePattern(name,
				r.type(), r.regex() == null ? "" : r.regex(), r.example() == null ? "" : r.example()));
	}

	@DeleteMapping("/api/v1/workspaces/{slug}/reference-patterns/{name}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable String name) {
		references.deletePattern(policy.require(slug, Permission.SHIPMENTS_MANAGE), name);
		return ResponseEntity.noContent().build();
	}

}
