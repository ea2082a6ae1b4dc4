package dev.deskhand.access;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: a person signed in with a password, or a member (person or agent) using
 * an API token, which only ever works in its own workspace.
 */
public record Caller(@Nullable PersonId person, @Nullable MemberId tokenMember, @Nullable WorkspaceId tokenWorkspace,
		String displayName) {

	public static Caller person(PersonId person, String displayName) {
		return new Caller(person, null, null, displayName);
	}

	public static Caller token(MemberId member, WorkspaceId workspace, @Nullable PersonId person, String name) {
		return new Caller(person, member, workspace, name);
	}

	public boolean viaToken() {
		return tokenMember != null;
	}
}
