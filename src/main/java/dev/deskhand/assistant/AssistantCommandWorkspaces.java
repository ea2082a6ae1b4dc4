package dev.deskhand.assistant;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.WorkspaceManagement;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Resolves the {@code --workspace} of the assistant's commands ({@code triage},
 * {@code draft}); an unknown address is a usage error (exit 2). A bean of this module, so
 * the commands' field injection stays inside the module.
 */
@Component
class AssistantCommandWorkspaces {

	private final WorkspaceManagement workspaces;

	AssistantCommandWorkspaces(WorkspaceManagement workspaces) {
		this.workspaces = workspaces;
	}

	WorkspaceId find(String slug, CommandLine.Model.CommandSpec spec) {
		return workspaces.findWorkspace(slug)
			.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "No workspace '" + slug + "'"))
			.id();
	}

}
