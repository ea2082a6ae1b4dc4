package dev.deskhand.access;

import dev.deskhand.shared.WorkspaceId;
import java.util.List;
import java.util.function.Function;

/**
 * A kind of scope that grants may be limited to. A module that owns such things declares
 * a bean of this type; grants with kinds nobody declared are refused. {@link #MAILBOX} is
 * declared here; the parties module declares {@code customer}, whose keys are the
 * workspace's customer names.
 *
 * @param keys the keys the grant forms offer in a workspace (e.g. its customers' names);
 * other keys are still accepted
 */
public record ScopeKind(String name, Function<WorkspaceId, List<String>> keys) {
	public static final ScopeKind CUSTOMER = new ScopeKind("customer");

	public static final ScopeKind MAILBOX = new ScopeKind("mailbox");

	/** A kind whose keys the forms do not offer. */
	public ScopeKind(String name) {
		this(name, workspace -> List.of());
	}

	/** The scopes of this kind the forms offer in the workspace, as {@code kind:key}. */
	public List<String> offered(WorkspaceId workspace) {
		return keys.apply(workspace).stream().map(k -> name + ":" + k).toList();
	}

}
