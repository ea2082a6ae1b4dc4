package dev.deskhand.hiring.onboarding;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.HireView;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Work items for the hiring manager (an overdue onboarding step, a trial about to end):
 * created through work's {@code WorkQueue} like any manual item, as the manager who hired
 * (or, when their access ended, another live owner or manager of the workspace), assigned
 * to them, titled in the workspace's language, so they escalate like any work item.
 */
@Component
class ManagerTasks {

	static final String TYPE = "onboarding";

	private final WorkQueue work;

	private final AccessManagement access;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	private final Clock clock;

	ManagerTasks(WorkQueue work, AccessManagement access, WorkspaceManagement workspaces, MessageSource messages,
			Clock clock) {
		this.work = work;
		this.access = access;
		this.workspaces = workspaces;
		this.messages = messages;
		this.clock = clock;
	}

	/** Creates the item, or nothing when the workspace has nobody live to give it to. */
	Optional<WorkItemView> create(HireView h, String key, Object... args) {
		return manager(h).map(m -> create(m, key, args));
	}

	/** Creates the item as {@code m}, assigned to them. */
	WorkItemView create(Membership m, String key, Object... args) {
		WorkspaceView ws = m.workspace();
		String title = messages.getMessage(key, args, Locale.forLanguageTag(ws.defaultLanguage()));
		return work.create(m, new NewWorkItem(TYPE, title, Priority.HIGH, m.member().id(), null, List.of("hiring"),
				null, null, null));
	}

	/**
	 * The manager who hired, when their access is live, else another live owner or
	 * manager of the workspace without scopes.
	 */
	Optional<Membership> manager(HireView h) {
		WorkspaceView ws = workspaces.findWorkspace(h.workspace()).orElseThrow();
		Instant now = clock.instant();
		List<GrantView> live = access.grants(ws.id())
			.stream()
			.filter(g -> g.liveAt(now) && g.scopes().isEmpty())
			.filter(g -> g.role() == Role.OWNER || g.role() == Role.MANAGER)
			.sorted(Comparator.comparing(g -> g.role() == Role.MANAGER ? 0 : 1))
			.toList();
		return Stream
			.concat(live.stream().filter(g -> g.member().equals(h.hiredBy())),
					live.stream().filter(g -> !g.member().equals(h.hiredBy())))
			.map(g -> workspaces.findMember(g.member())
				.filter(MemberView::active)
				.map(x -> new Membership(ws, x, g))
				.orElse(null))
			.filter(x -> x != null && x.can(Permission.HIRING_MANAGE))
			.findFirst();
	}

}
