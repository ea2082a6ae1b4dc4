package dev.deskhand.audit;

import dev.deskhand.audit.AuditLog.ExportFormat;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.WorkspaceView;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deskhand audit export --workspace SLUG [--format jsonl|csv] [--from ISO] [--to ISO]}:
 * the workspace's entries, oldest first, on stdout. Recorded in the log as a read by the
 * system.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write a workspace's audit log to stdout as JSON Lines (default) or CSV.")
class AuditExportSubcommand implements Callable<Integer> {

	@Autowired
	AuditLog auditLog;

	@Autowired
	CommandWorkspaces workspaces;

	@Option(names = "--workspace", paramLabel = "SLUG", required = true, description = "The workspace's address.")
	String workspace = "";

	@Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or csv.")
	@Nullable String format;

	@Option(names = "--from", paramLabel = "ISO",
			description = "Entries at or after this time (e.g. 2025-03-01 or 2025-03-01T08:00:00Z).")
	@Nullable String from;

	@Option(names = "--to", paramLabel = "ISO", description = "Entries before this time (a date means its end).")
	@Nullable String to;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		WorkspaceView ws = workspaces.find(workspace, spec);
		try {
			ExportFormat fmt = ExportFormat.parse(format);
			AuditFilter filter = AuditFilter.parse(null, null, null, from, to, ws.timeZone());
			long count = auditLog.export(ws.id(), filter, fmt, spec.commandLine().getOut());
			spec.commandLine().getErr().println(count + " entries of " + ws.slug() + " exported");
			spec.commandLine().getErr().flush();
			return AuditVerifySubcommand.OK;
		}
		catch (InvalidInputException e) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--" + e.field().substring(1) + ": " + e.getMessage());
		}
	}

}
