package dev.deskhand.audit;

import dev.deskhand.shared.Text;
import dev.deskhand.audit.internal.ChainCheckpoints;
import dev.deskhand.audit.internal.ChainEntry;
import dev.deskhand.audit.internal.ChainVerifier;
import dev.deskhand.audit.internal.EntryExport;
import dev.deskhand.audit.internal.EntryQueries;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's facade: the log of one workspace (listed, exported, verified).
 * Entries are appended by the module itself, never through this facade: changes arrive as
 * {@code AuditableChange} events and reads through {@code SensitiveReadLog}. Access
 * checks are the caller's (the API requires {@code AUDIT_VIEW}); every listing and export
 * is itself recorded as a read of the log, before the entries are handed out.
 */
@Service
public class AuditLog {

	static final String SUBJECT = "audit-log";

	private final EntryQueries entries;

	private final ChainVerifier verifier;

	private final ChainCheckpoints checkpoints;

	private final EntryExport exporter;

	private final SensitiveReadLog reads;

	private final WorkspaceManagement workspaces;

	AuditLog(EntryQueries entries, ChainVerifier verifier, ChainCheckpoints checkpoints, EntryExport exporter,
			SensitiveReadLog reads, WorkspaceManagement workspaces) {
		this.entries = entries;
		this.verifier = verifier;
		this.checkpoints = checkpoints;
		this.exporter = exporter;
		this.reads = reads;
		this.workspaces = workspaces;
	}

	/**
	 * One page of the workspace's entries, newest first, matching {@code filter}. Never
	 * null.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> entries(WorkspaceId workspace, AuditFilter filter, PageRequest page) {
		reads.record(new SensitiveRead(workspace, SUBJECT, filter.describe(), "list entries, page " + page.page()));
		return entries.page(workspace, filter, page);
	}

	/**
	 * Checks the workspace's chain and returns its first problem, if any; records
	 * afterwards that the log was read, so the check sees the chain as it was. Never
	 * null.
	 */
	public Verification verify(WorkspaceId workspace) {
		Verification result = verifier.verify(workspace.value(), name(workspace.value()));
		reads.record(new SensitiveRead(workspace, SUBJECT, "chain", "verify"));
		return result;
	}

	/**
	 * Checks every chain: of each workspace, and of any workspace that is gone but left
	 * entries or checkpoints. An operator's sweep (the command line) that reveals no
	 * entries, so it is not recorded as a read. Never null.
	 */
	public List<Verification> verifyAll() {
		return verifier.chains().stream().map(id -> verifier.verify(id, name(id))).toList();
	}

	/**
	 * Writes the workspace's entries matching {@code filter}, oldest first, to
	 * {@code out} while reading them (the log is never held in memory); flushes but does
	 * not close {@code out}.
	 * @return how many entries were written
	 */
	@Transactional(readOnly = true)
	public long export(WorkspaceId workspace, AuditFilter filter, ExportFormat format, Writer out) {
		reads.record(new SensitiveRead(workspace, SUBJECT, filter.describe(), "export as " + format.code()));
		try (Stream<ChainEntry> chain = entries.stream(workspace, filter)) {
			return exporter.write(chain, format, out);
		}
	}

	/**
	 * Writes the head of every chain that moved to the checkpoint files now (also done on
	 * a schedule and on stop).
	 */
	public void checkpoint() {
		checkpoints.checkpointAll();
	}

	private String name(UUID workspace) {
		return workspaces.findWorkspace(new WorkspaceId(workspace))
			.map(WorkspaceView::slug)
			.orElse(workspace.toString());
	}

	/** The formats of {@link #export}. */
	public enum ExportFormat {

		CSV("text/csv"), JSONL("application/jsonl");

		private final String mediaType;

		ExportFormat(String mediaType) {
			this.mediaType = mediaType;
		}

		public String mediaType() {
			return mediaType;
		}

		/** {@code csv} or {@code jsonl}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** {@code csv} or {@code jsonl} (any case; null means JSON Lines). */
		public static ExportFormat parse(@Nullable String value) {
			if (value == null || value.isBlank()) {
				return JSONL;
			}
			try {
				return valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("/format", Text.of("input.exportFormat", value));
			}
		}

	}

}
