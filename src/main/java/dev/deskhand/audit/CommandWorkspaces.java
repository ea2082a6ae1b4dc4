package dev.deskhand.audit;

import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Resolves the {@code --workspace} option of the audit commands; an unknown address is a
 * usage error (exit 2). A bean of this module, so the commands' field injection (which
 * the launcher relies on) stays inside the module.
 */
@Component
class CommandWorkspaces {

	private final WorkspaceManagement workspaces;

	CommandWorkspaces(WorkspaceManagement workspaces) {
		this.workspaces = workspaces;
	}

	WorkspaceView find(String slug, CommandLine.Model.CommandSpec spec) {
		return workspaces.findWorkspace(slug)
			.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "No workspace '" + slug + "'"));
	}

}
