package dev.deskhand.documents;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentLinkRefused.Reason;
import dev.deskhand.documents.DocumentRepository.Row;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues and opens download links. A link is the only credential on the download route,
 * so opening it checks, in this order: the signature (over the stored document's
 * workspace too), the expiry, and that the member it was issued to still has a live grant
 * that sees the document; only then is the read audited and the file decrypted.
 */
@Component
class SignedLinks {

	private final DocumentRepository documents;

	private final DocumentCipher cipher;

	private final LinkSigner signer;

	private final AccessManagement access;

	private final WorkspaceManagement workspaces;

	private final SensitiveReadLog reads;

	private final DocumentProperties properties;

	private final Clock clock;

	SignedLinks(DocumentRepository documents, DocumentCipher cipher, LinkSigner signer, AccessManagement access,
			WorkspaceManagement workspaces, SensitiveReadLog reads, DocumentProperties properties, Clock clock) {
		this.documents = documents;
		this.cipher = cipher;
		this.signer = signer;
		this.access = access;
		this.workspaces = workspaces;
		this.reads = reads;
		this.properties = properties;
		this.clock = clock;
	}

	DocumentLink issue(DocumentView document, MemberId member, @Nullable Duration lifetime) {
		Duration ttl = lifetime == null ? properties.linkLifetime() : lifetime;
		if (ttl.toMinutes() < 1 || ttl.compareTo(properties.maxLinkLifetime()) > 0) {
			throw new InvalidInputException("/ttlMinutes",
					Text.of("input.linkLifetime", properties.maxLinkLifetime().toMinutes()));
		}
		Instant expires = Instant.ofEpochSecond(clock.instant().plus(ttl).getEpochSecond());
		return new DocumentLink(document.id(), member, expires,
				signer.sign(document.id(), document.workspace(), expires.getEpochSecond(), member));
	}

	DocumentContent open(DocumentLink link) {
		Row row = documents.findAny(link.document())
			.filter(r -> signer.valid(link.document(), r.view().workspace(), link.expiresAt().getEpochSecond(),
					link.member(), link.signature()))
			.orElseThrow(() -> new DocumentLinkRefused(Reason.INVALID,
					"This download link is not valid. Ask for a new link."));
		if (!clock.instant().isBefore(link.expiresAt())) {
			throw new DocumentLinkRefused(Reason.EXPIRED,
					"This download link expired at " + link.expiresAt() + ". Ask for a new link.");
		}
		if (row.deletedAt() != null) {
			throw new NotFoundException(Text.of("notFound.documentDeleted"));
		}
		DocumentView document = row.view();
		MemberView member = holder(document, link.member());
		byte[] content = cipher.open(document.workspace(), document.id(), documents.sealed(document.id())
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.documentDeleted"))));
		reads.record(new SensitiveRead(document.workspace(), "document", document.id().toString(),
				"download via link issued to " + member.displayName() + " (" + member.id() + ")"));
		return new DocumentContent(document, content);
	}

	/** The member the link was issued to, if they still may see the document now. */
	private MemberView holder(DocumentView document, MemberId id) {
		Instant now = clock.instant();
		MemberView member = workspaces.findMember(id).filter(MemberView::active).orElse(null);
		GrantView grant = access.liveGrant(id).filter(g -> g.liveAt(now)).orElse(null);
		if (member == null || grant == null || !grant.workspace().equals(document.workspace())
				|| !Permission.granted(grant.role(), Permission.DOCUMENTS_VIEW)
				|| !DocumentStore.visible(grant.scopes(), document.scope())) {
			throw new DocumentLinkRefused(Reason.ACCESS_ENDED,
					"The person this link was issued to no longer has access to this document");
		}
		return member;
	}

}
