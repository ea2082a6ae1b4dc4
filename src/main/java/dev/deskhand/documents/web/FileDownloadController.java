package dev.deskhand.documents.web;

import dev.deskhand.documents.DocumentContent;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentLink;
import dev.deskhand.documents.DocumentLinkRefused;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.MemberId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /files/{id}?expires=&m=&sig=}: the signed link is the credential, so this
 * route needs no sign-in. The file is an attachment, never cached. With {@code preview=1}
 * a PDF or a raster image (PNG, JPEG, GIF, WebP — the sniffed type, not the uploader's
 * claim) is shown inline instead, so Deskhand's own pages can frame it: that answer alone
 * may be framed by the same origin ({@code frame-ancestors 'self'}), and its own policy
 * lets it load nothing and run no script; every other type stays an attachment. Refusals
 * are short plain text for a person who clicked a link: 403 for a link that is not valid,
 * 410 for an expired one.
 */
@Controller
class FileDownloadController {

	/** Types a browser shows without running anything of the file's. */
	static final java.util.Set<String> PREVIEWABLE = java.util.Set.of("application/pdf", "image/png", "image/jpeg",
			"image/gif", "image/webp");

	private final DocumentStore documents;

	FileDownloadController(DocumentStore documents) {
		this.documents = documents;
	}

	@GetMapping("/files/{id}")
	ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam(required = false) @Nullable String expires,
			@RequestParam(name = "m", required = false) @Nullable String member,
			@RequestParam(name = "sig", required = false) @Nullable String signature,
			@RequestParam(required = false) @Nullable String preview) {
		DocumentContent content = documents.open(parse(id, expires, member, signature));
		String type = content.document().contentType();
		if ("1".equals(preview) && PREVIEWABLE.contains(type)) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(type))
				.contentLength(content.bytes().length)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.inline(content.document().name()))
				.header("Content-Security-Policy",
						"default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'")
				.header("X-Frame-Options", "SAMEORIGIN")
				.header("X-Content-Type-Options", "nosniff")
				.header("Referrer-Policy", "no-referrer")
				.cacheControl(CacheControl.noStore())
				.body(content.bytes());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(content.document().name()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.cacheControl(CacheControl.noStore())
			.body(content.bytes());
	}

	private static DocumentLink parse(String id, @Nullable String expires, @Nullable String member,
			@Nullable String signature) {
		try {
			if (expires == null || member == null || signature == null) {
				throw new IllegalArgumentException("incomplete link");
			}
			return new DocumentLink(new DocumentId(UUID.fromString(id)), new MemberId(UUID.fromString(member)),
					Instant.ofEpochSecond(Long.parseLong(expires)), signature);
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			throw new DocumentLinkRefused(DocumentLinkRefused.Reason.INVALID,
					"This download link is not valid. Ask for a new link.");
		}
	}

	@ExceptionHandler(DocumentLinkRefused.class)
	ResponseEntity<String> refused(DocumentLinkRefused e) {
		HttpStatus status = e.reason() == DocumentLinkRefused.Reason.EXPIRED ? HttpStatus.GONE : HttpStatus.FORBIDDEN;
		return plain(status, e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException e) {
		return plain(HttpStatus.NOT_FOUND, e.getMessage());
	}

	private static ResponseEntity<String> plain(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(message + "\n");
	}

}
