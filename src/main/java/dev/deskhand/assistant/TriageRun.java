package dev.deskhand.assistant;

import dev.deskhand.shared.WorkspaceId;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * The part of {@code triage} that needs the database ({@code --workspace}): filled by the
 * command-line launcher only then, so a run without it starts no Spring.
 */
class TriageRun {

	@Autowired
	@Nullable AssistantTriage triage;

	@Autowired
	@Nullable AssistantCommandWorkspaces workspaces;

	Function<MailText, Triage> triage(String slug, CommandLine.Model.CommandSpec spec) {
		if (triage == null || workspaces == null) {
			throw new IllegalStateException("triage --workspace ran without its data");
		}
		WorkspaceId ws = workspaces.find(slug, spec);
		AssistantTriage t = triage;
		return mail -> t.triage(ws, mail);
	}

}
