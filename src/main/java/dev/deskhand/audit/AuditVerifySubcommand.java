package dev.deskhand.audit;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deskhand audit verify [--workspace SLUG]}: one JSON line per chain on stdout, a
 * summary on stderr; exit 0 when every chain is intact, 1 when any has a problem, 2 for
 * an unknown workspace.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Verify the audit chain of one workspace, or of all when --workspace is omitted.")
class AuditVerifySubcommand implements Callable<Integer> {

	static final int OK = 0;
	static final int FAILED = 1;

	@Autowired
	AuditLog auditLog;

	@Autowired
	CommandWorkspaces workspaces;

	@Autowired
	JsonMapper json;

	@Option(names = "--workspace", paramLabel = "SLUG", description = "The workspace's address; all when omitted.")
	@Nullable String workspace;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		List<Verification> results = workspace == null ? auditLog.verifyAll()
				: List.of(auditLog.verify(workspaces.find(workspace, spec).id()));
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		results.forEach(v -> out.println(json.writeValueAsString(line(v))));
		out.flush();
		long failed = results.stream().filter(v -> !v.ok()).count();
		results.stream()
			.filter(v -> !v.ok())
			.forEach(v -> err.println(v.workspace() + ": " + v.problem().kind() + " at entry " + v.problem().seq()
					+ ": " + v.problem().message()));
		err.println(results.size() + (results.size() == 1 ? " chain" : " chains") + " verified, " + failed
				+ " with a problem");
		err.flush();
		return failed == 0 ? OK : FAILED;
	}

	private static Map<String, Object> line(Verification v) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("workspace", v.workspace());
		line.put("ok", v.ok());
		line.put("checked", v.checked());
		if (v.problem() != null) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("seq", v.problem().seq());
			problem.put("kind", v.problem().kind().name());
			problem.put("entry", v.problem().entryId());
			problem.put("message", v.problem().message());
			line.put("problem", problem);
		}
		return line;
	}

}
