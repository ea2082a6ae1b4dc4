package dev.deskhand.documents;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.UploadCheck.CheckedFile;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents module's facade. Callers pass the {@link Membership} that
 * {@code AccessPolicy.require} gave them; every method also checks the permission it
 * needs. A member whose grant is scoped sees only documents filed under one of their
 * scopes; unscoped documents are seen only by members without scopes. A document outside
 * what the caller sees answers exactly like one that does not exist
 * ({@link NotFoundException}). Stores and deletes publish an {@link AuditableChange}
 * (metadata only, never content) in their transaction; downloads go through
 * {@link #issueLink signed links} and are recorded as sensitive reads.
 */
@Service
@Transactional
public class DocumentStore {

	/**
	 * The uploader recorded for documents the system stored ({@link #storeForSystem}): no
	 * member has this id.
	 */
	/**
	 * The scope kind of documents a module keeps for itself (a bid's samples, an
	 * interview's calendar file): no grant can hold it, and members never see such a
	 * document through the documents pages, API or links, however wide their grant; the
	 * module shows it with its own checks and reads it through {@link #readForSystem}.
	 */
	public static final String MODULE_SCOPE = "module";

	public static final MemberId SYSTEM_MEMBER = new MemberId(new java.util.UUID(0, 0));

	private final DocumentRepository documents;

	private final DocumentCipher cipher;

	private final SignedLinks links;

	private final UploadCheck uploads;

	private final Set<String> scopeKinds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SensitiveReadLog reads;

	DocumentStore(DocumentRepository documents, DocumentCipher cipher, SignedLinks links, DocumentProperties properties,
			List<ScopeKind> scopeKinds, ApplicationEventPublisher events, Clock clock, SensitiveReadLog reads) {
		this.reads = reads;
		this.documents = documents;
		this.cipher = cipher;
		this.links = links;
		this.uploads = new UploadCheck(properties.maxBytes().toBytes());
		this.scopeKinds = scopeKinds.stream().map(ScopeKind::name).collect(Collectors.toUnmodifiableSet());
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks, encrypts and stores a file. Idempotent: storing the same bytes under the
	 * same (sanitised) name and scope again in the workspace, while the first is not
	 * deleted, returns the first document and publishes nothing.
	 * @param fileName the uploader's file name, sanitised here; null or blank becomes
	 * {@code document}
	 * @param content read up to one byte past the size limit and closed
	 * @param scope the scope to file the document under; null for none, which a scoped
	 * member may not choose
	 * @throws InvalidInputException for {@code /file} (empty, too large, refused content
	 * type) or {@code /scope}
	 */
	public DocumentView store(Membership uploader, @Nullable String fileName, InputStream content,
			@Nullable ScopeRef scope) {
		require(uploader, Permission.DOCUMENTS_UPLOAD);
		checkScope(uploader, scope);
		return store(uploader.workspace().id(), uploader.member().id(), uploads.check(fileName, content), scope);
	}

	private DocumentView store(WorkspaceId workspace, MemberId uploadedBy, CheckedFile file, @Nullable ScopeRef scope) {
		Optional<DocumentView> existing = documents.findDuplicate(workspace, file.sha256(), file.name(), scope);
		if (existing.isPresent()) {
			return existing.get();
		}
		DocumentView view = new DocumentView(DocumentId.random(), workspace, file.name(), file.contentType(),
				file.bytes().length, file.sha256(), scope, uploadedBy, now());
		if (!documents.insert(view, cipher.seal(workspace, view.id(), file.bytes()))) {
			return documents.findDuplicate(workspace, file.sha256(), file.name(), scope).orElseThrow();
		}
		events.publishEvent(new DocumentStored(workspace, view.id()));
		events.publishEvent(AuditableChange.created(workspace, "document", view.id(), view,
				"Stored " + view.name() + " (" + view.contentType() + ", " + view.size() + " bytes)"));
		return view;
	}

	/**
	 * Like {@link #store(Membership, String, InputStream, ScopeRef)} for content already
	 * in memory.
	 */
	public DocumentView store(Membership uploader, @Nullable String fileName, byte[] content,
			@Nullable ScopeRef scope) {
		return store(uploader, fileName, new ByteArrayInputStream(content), scope);
	}

	/**
	 * Stores a file on behalf of the system for a workspace (e.g. an attachment of a
	 * fetched e-mail, where no member is calling), with the same checks, encryption and
	 * idempotence as {@link #store(Membership, String, InputStream, ScopeRef)}. The
	 * document is recorded as uploaded by {@link #SYSTEM_MEMBER}. A refusal does not mark
	 * the caller's transaction for rollback, so the caller can record it and go on.
	 * @throws InvalidInputException for {@code /file} (empty, too large, refused content
	 * type: the message says why) or {@code /scope}
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public DocumentView storeForSystem(WorkspaceId workspace, @Nullable String fileName, InputStream content,
			@Nullable ScopeRef scope) {
		if (scope != null && !scopeKinds.contains(scope.kind())) {
			throw new InvalidInputException("/scope", Text.of("input.scopeKind", scope.kind()));
		}
		return store(workspace, SYSTEM_MEMBER, uploads.check(fileName, content), scope);
	}

	/**
	 * Stores a file a module keeps for itself ({@link #MODULE_SCOPE}), with the same
	 * checks, encryption and idempotence as
	 * {@link #storeForSystem(WorkspaceId, String, InputStream, ScopeRef)}.
	 * @param module the module's name, e.g. {@code hiring}
	 * @throws InvalidInputException for {@code /file}
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public DocumentView storeForModule(WorkspaceId workspace, String module, @Nullable String fileName,
			InputStream content) {
		return store(workspace, SYSTEM_MEMBER, uploads.check(fileName, content), new ScopeRef(MODULE_SCOPE, module));
	}

	/**
	 * A document's decrypted content for the system (e.g. attaching it to an outgoing
	 * e-mail). The read is recorded in the audit log with {@code purpose}.
	 * @throws NotFoundException if the workspace has no live document with this id
	 */
	/**
	 * Moves the workspace's documents filed under {@code kind:from} to {@code kind:to},
	 * for a module acting as the system (a customer renamed). Idempotent.
	 * @return the number of documents moved
	 */
	public int renameScope(WorkspaceId workspace, String kind, String from, String to) {
		return documents.renameScope(workspace, kind, from, to);
	}

	@Transactional(readOnly = true)
	public DocumentContent readForSystem(WorkspaceId workspace, DocumentId id, String purpose) {
		DocumentView document = documents.find(workspace, id)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.document")));
		byte[] content = cipher.open(workspace, id,
				documents.sealed(id).orElseThrow(() -> new NotFoundException(Text.of("notFound.document"))));
		reads.record(new SensitiveRead(workspace, "document", id.toString(), purpose));
		return new DocumentContent(document, content);
	}

	/**
	 * A live document's metadata for the system (e.g. recording what a sent e-mail
	 * carried); no content, so no read is recorded.
	 */
	@Transactional(readOnly = true)
	public Optional<DocumentView> findForSystem(WorkspaceId workspace, DocumentId id) {
		return documents.find(workspace, id);
	}

	/** The document if it exists, is not deleted and the caller sees it; else empty. */
	@Transactional(readOnly = true)
	public Optional<DocumentView> find(Membership caller, DocumentId id) {
		require(caller, Permission.DOCUMENTS_VIEW);
		return documents.find(caller.workspace().id(), id).filter(d -> visible(caller.grant().scopes(), d.scope()));
	}

	/** The documents the caller sees, newest first. */
	@Transactional(readOnly = true)
	public Page<DocumentView> list(Membership caller, PageRequest page) {
		require(caller, Permission.DOCUMENTS_VIEW);
		WorkspaceId workspace = caller.workspace().id();
		List<ScopeRef> scopes = caller.grant().scopes();
		return Page.of(documents.page(workspace, scopes, page), page, documents.count(workspace, scopes));
	}

	/**
	 * Deletes the document: its metadata stays as history, its ciphertext is wiped and
	 * links to it stop working.
	 * @throws NotFoundException if the caller does not see a live document with this id
	 */
	public void delete(Membership caller, DocumentId id) {
		require(caller, Permission.DOCUMENTS_DELETE);
		DocumentView before = visible(caller, id);
		documents.markDeleted(id, now());
		events.publishEvent(
				AuditableChange.deleted(before.workspace(), "document", id, before, "Deleted " + before.name()));
	}

	/**
	 * A download link for the caller, valid for {@code lifetime} (null: the configured
	 * default, 15 minutes unless changed; at most the configured maximum, 7 days). The
	 * download will be audited as a read by the caller.
	 * @throws NotFoundException if the caller does not see a live document with this id
	 * @throws InvalidInputException for {@code /ttlMinutes} if the lifetime is under a
	 * minute or over the maximum
	 */
	@Transactional(readOnly = true)
	public DocumentLink issueLink(Membership caller, DocumentId id, @Nullable Duration lifetime) {
		require(caller, Permission.DOCUMENTS_VIEW);
		return links.issue(visible(caller, id), caller.member().id(), lifetime);
	}

	/**
	 * Opens a link: checks its signature and expiry, that the member it was issued to
	 * still sees the document, and records the read in the audit log before returning the
	 * decrypted content.
	 * @throws DocumentLinkRefused if the link is not valid, has expired, or its member
	 * lost access
	 * @throws NotFoundException if the link is valid but the document has been deleted
	 */
	@Transactional(readOnly = true)
	public DocumentContent open(DocumentLink link) {
		return links.open(link);
	}

	/**
	 * A scoped grant sees documents filed under one of its scopes; an unscoped grant sees
	 * every document.
	 */
	static boolean visible(List<ScopeRef> grantScopes, @Nullable ScopeRef documentScope) {
		if (documentScope != null && documentScope.kind().equals(MODULE_SCOPE)) {
			return false;
		}
		return grantScopes.isEmpty() || documentScope != null && grantScopes.contains(documentScope);
	}

	/**
	 * PostgreSQL keeps microseconds: a view returned on store equals the same document
	 * read back later.
	 */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private DocumentView visible(Membership caller, DocumentId id) {
		return find(caller, id).orElseThrow(() -> new NotFoundException(Text.of("notFound.document")));
	}

	private void checkScope(Membership uploader, @Nullable ScopeRef scope) {
		if (scope != null && !scopeKinds.contains(scope.kind())) {
			throw new InvalidInputException("/scope", Text.of("input.scopeKind", scope.kind()));
		}
		if (uploader.scoped() && (scope == null || !uploader.sees(scope))) {
			throw new InvalidInputException("/scope",
					Text.of("input.scopedDocument",
							uploader.grant()
								.scopes()
								.stream()
								.map(Object::toString)
								.collect(java.util.stream.Collectors.joining(", "))));
		}
	}

	private static void require(Membership caller, Permission permission) {
		if (!caller.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.mayNot"));
		}
	}

}
