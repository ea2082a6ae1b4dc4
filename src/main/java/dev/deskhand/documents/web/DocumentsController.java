package dev.deskhand.documents.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentLink;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents API of a workspace: upload, list, metadata, download links and deletion.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/documents")
class DocumentsController {

	private final AccessPolicy policy;

	private final DocumentStore documents;

	DocumentsController(AccessPolicy policy, DocumentStore documents) {
		this.policy = policy;
		this.documents = documents;
	}

	@Operation(summary = "Upload a file (multipart part 'file', optional 'scope' as kind:key)",
			description = "The content type is decided from the bytes. Uploading the same bytes with the same name and "
					+ "scope again returns the existing document.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentResponse> upload(@PathVariable String slug,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "scope", required = false) @Nullable String scope) throws IOException {
		Membership m = policy.require(slug, Permission.DOCUMENTS_UPLOAD);
		if (file == null) {
			throw new InvalidInputException("/file", Text.of("input.chooseFile"));
		}
		DocumentView stored = documents.store(m, file.getOriginalFilename(), file.getInputStream(), scope(scope));
		URI location = URI.create("/api/v1/workspaces/" + slug + "/documents/" + stored.id());
		return ResponseEntity.created(location).body(DocumentResponse.of(stored));
	}

	@GetMapping
	Page<DocumentResponse> list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_VIEW);
		return documents.list(m, PageRequest.of(page, size)).map(DocumentResponse::of);
	}

	@GetMapping("/{id}")
	DocumentResponse get(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_VIEW);
		return documents.find(m, new DocumentId(id))
			.map(DocumentResponse::of)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.document")));
	}

	@Operation(summary = "Issue a signed download link for the caller",
			description = "The link works without signing in until it expires (default 15 minutes, at most 7 days); "
					+ "each download is audited as a read by the caller.")
	@PostMapping("/{id}/links")
	@ResponseStatus(HttpStatus.CREATED)
	LinkResponse link(@PathVariable String slug, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable LinkRequest request) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_VIEW);
		Integer minutes = request == null ? null : request.ttlMinutes();
		DocumentLink link = documents.issueLink(m, new DocumentId(id),
				minutes == null ? null : Duration.ofMinutes(minutes));
		return new LinkResponse(link.url(), link.expiresAt());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.DOCUMENTS_DELETE);
		documents.delete(m, new DocumentId(id));
		return ResponseEntity.noContent().build();
	}

	private static @Nullable ScopeRef scope(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return ScopeRef.parse(text);
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException("/scope", e.text());
		}
	}

	record LinkRequest(@Nullable Integer ttlMinutes) {
	}

	record LinkResponse(String url, Instant expiresAt) {
	}

	/**
	 * A document's metadata as the API shows it; {@code scope} is {@code kind:key} or
	 * null.
	 */
	record DocumentResponse(UUID id, String name, String contentType, long size, String sha256, @Nullable String scope,
			UUID uploadedBy, Instant createdAt) {
		static DocumentResponse of(DocumentView d) {
			return new DocumentResponse(d.id().value(), d.name(), d.contentType(), d.size(), d.sha256(),
					d.scope() == null ? null : d.scope().toString(), d.uploadedBy().value(), d.createdAt());
		}
	}

}
