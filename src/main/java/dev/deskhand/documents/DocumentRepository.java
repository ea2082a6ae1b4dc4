package dev.deskhand.documents;

import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentCipher.Sealed;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL rather than a Spring Data aggregate because the ciphertext must stay in the
 * database unless a download needs it: every query here but {@link #sealed} reads
 * metadata only.
 */
@Repository
class DocumentRepository {

	private static final String VIEW_COLUMNS = "id, workspace_id, name, content_type, size_bytes, sha256, scope_kind, "
			+ "scope_key, uploaded_by, created_at, deleted_at";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * False when an identical live document (same bytes, name and scope) was inserted
	 * concurrently.
	 */
	boolean insert(DocumentView d, Sealed sealed) {
		return jdbc.sql("""
				insert into documents.document (id, workspace_id, name, content_type, size_bytes, sha256, scope_kind,
				    scope_key, uploaded_by, created_at, key_version, nonce, ciphertext)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(d.id().value(), d.workspace().value(), d.name(), d.contentType(), d.size(), d.sha256(),
					d.scope() == null ? null : d.scope().kind(), d.scope() == null ? null : d.scope().key(),
					d.uploadedBy().value(), Timestamp.from(d.createdAt()), sealed.keyVersion(), sealed.nonce(),
					sealed.ciphertext())
			.update() == 1;
	}

	/**
	 * Moves the workspace's documents from one scope key to another; a live document
	 * whose identical twin is already under the new key keeps the old one (the dedupe
	 * index allows one).
	 */
	int renameScope(WorkspaceId workspace, String kind, String from, String to) {
		return jdbc.sql("""
				update documents.document d set scope_key = ?
				where d.workspace_id = ? and d.scope_kind = ? and d.scope_key = ?
				  and not exists (select 1 from documents.document t where t.workspace_id = d.workspace_id
				      and t.sha256 = d.sha256 and t.name = d.name and t.scope_kind = d.scope_kind and t.scope_key = ?
				      and t.deleted_at is null and d.deleted_at is null)""")
			.params(to, workspace.value(), kind, from, to)
			.update();
	}

	Optional<DocumentView> findDuplicate(WorkspaceId workspace, String sha256, String name, @Nullable ScopeRef scope) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from documents.document where workspace_id = ? and sha256 = ? "
				+ "and name = ? and deleted_at is null and coalesce(scope_kind, '') = ? and coalesce(scope_key, '') = ?")
			.params(workspace.value(), sha256, name, scope == null ? "" : scope.kind(),
					scope == null ? "" : scope.key())
			.query(DocumentRepository::row)
			.optional()
			.map(Row::view);
	}

	/** A live document of the workspace. */
	Optional<DocumentView> find(WorkspaceId workspace, DocumentId id) {
		return findAny(id).filter(r -> r.deletedAt() == null && r.view().workspace().equals(workspace)).map(Row::view);
	}

	/**
	 * Any document with this id, deleted or not, in whichever workspace: for checking a
	 * download link.
	 */
	Optional<Row> findAny(DocumentId id) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from documents.document where id = ?")
			.param(id.value())
			.query(DocumentRepository::row)
			.optional();
	}

	/**
	 * Live documents, newest first; {@code scopes} non-empty limits them to documents
	 * with one of those scopes.
	 */
	List<DocumentView> page(WorkspaceId workspace, List<ScopeRef> scopes, PageRequest page) {
		var spec = jdbc
			.sql("select " + VIEW_COLUMNS + " from documents.document" + where(scopes)
					+ " order by created_at desc, id limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		return bind(spec, workspace, scopes).query(DocumentRepository::row).list().stream().map(Row::view).toList();
	}

	long count(WorkspaceId workspace, List<ScopeRef> scopes) {
		return bind(jdbc.sql("select count(*) from documents.document" + where(scopes)), workspace, scopes)
			.query(Long.class)
			.single();
	}

	Optional<Sealed> sealed(DocumentId id) {
		return jdbc
			.sql("select key_version, nonce, ciphertext from documents.document where id = ? and deleted_at is null")
			.param(id.value())
			.query((rs, n) -> new Sealed(rs.getInt(1), rs.getBytes(2), rs.getBytes(3)))
			.optional();
	}

	/** Marks the document deleted and wipes its ciphertext; metadata stays as history. */
	boolean markDeleted(DocumentId id, Instant at) {
		return jdbc
			.sql("update documents.document set deleted_at = ?, ciphertext = ''::bytea where id = ? "
					+ "and deleted_at is null")
			.params(Timestamp.from(at), id.value())
			.update() == 1;
	}

	private static String where(List<ScopeRef> scopes) {
		StringBuilder sql = new StringBuilder(" where workspace_id = :workspace and deleted_at is null"
				+ " and scope_kind is distinct from '" + DocumentStore.MODULE_SCOPE + "'");
		if (!scopes.isEmpty()) {
			sql.append(" and (scope_kind, scope_key) in (");
			for (int i = 0; i < scopes.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(:kind").append(i).append(", :key").append(i).append(')');
			}
			sql.append(')');
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, WorkspaceId workspace,
			List<ScopeRef> scopes) {
		spec = spec.param("workspace", workspace.value());
		for (int i = 0; i < scopes.size(); i++) {
			spec = spec.param("kind" + i, scopes.get(i).kind()).param("key" + i, scopes.get(i).key());
		}
		return spec;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String kind = rs.getString("scope_kind");
		String key = rs.getString("scope_key");
		Timestamp deleted = rs.getTimestamp("deleted_at");
		DocumentView view = new DocumentView(new DocumentId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				kind == null || key == null ? null : new ScopeRef(kind, key),
				new MemberId(rs.getObject("uploaded_by", UUID.class)), rs.getTimestamp("created_at").toInstant());
		return new Row(view, deleted == null ? null : deleted.toInstant());
	}

	/** A document's metadata and, if it was deleted, when. */
	record Row(DocumentView view, @Nullable Instant deletedAt) {
	}

}
