package dev.deskhand.access.web;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.GrantId;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.access.TokenView;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import dev.deskhand.workspace.InvitationView;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Workspaces, members, invitations, grants, NDA acceptance and agent tokens over REST.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workspaces and access")
class WorkspaceApi {

	private final AccessPolicy policy;

	private final AccessManagement access;

	private final WorkspaceManagement workspaces;

	private final SensitiveReadLog reads;

	WorkspaceApi(AccessPolicy policy, AccessManagement access, WorkspaceManagement workspaces, SensitiveReadLog reads) {
		this.policy = policy;
		this.access = access;
		this.workspaces = workspaces;
		this.reads = reads;
	}

	@GetMapping("/me")
	@Operation(summary = "Who is calling, and the workspaces they may enter")
	Me me() {
		var caller = policy.requireCaller();
		return new Me(caller.displayName(), caller.viaToken(), policy.workspacesOfCaller()
			.stream()
			.map(c -> new WorkspaceSummary(c.workspace().slug(), c.workspace().name(), c.role(), c.ndaPending()))
			.toList());
	}

	@GetMapping("/workspaces")
	List<WorkspaceSummary> workspaces() {
		return me().workspaces();
	}

	@GetMapping("/workspaces/{slug}")
	WorkspaceSummary workspace(@PathVariable String slug) {
		Membership m = policy.require(slug, Permission.WORKSPACE_VIEW);
		return new WorkspaceSummary(m.workspace().slug(), m.workspace().name(), m.role(), false);
	}

	@GetMapping("/workspaces/{slug}/members")
	@Operation(summary = "Members with their live grants; reading it is recorded in the audit log")
	Page<MemberView> members(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Membership m = policy.require(slug, Permission.MEMBERS_VIEW);
		reads.record(new SensitiveRead(m.workspace().id(), "member-list", "page " + page, "GET members API"));
		PageRequest request = PageRequest.of(page, size);
		List<MemberView> all = workspaces.members(m.workspace().id());
		List<MemberView> items = all.stream().skip(request.offset()).limit(request.size()).toList();
		return Page.of(items, request, all.size());
	}

	@GetMapping("/workspaces/{slug}/grants")
	List<GrantView> grants(@PathVariable String slug) {
		Membership m = policy.require(slug, Permission.MEMBERS_VIEW);
		return access.grants(m.workspace().id());
	}

	@PatchMapping("/workspaces/{slug}/grants/{id}")
	@Operation(summary = "Change role, end of access (or noEnd) and scopes of a grant, all or nothing")
	GrantView change(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody GrantChange change) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		List<ScopeRef> scopes = change.scopes() == null ? null : change.scopes().stream().map(ScopeRef::parse).toList();
		return access.change(m, new GrantId(id), change.role(), change.validFrom(), change.validUntil(),
				Boolean.TRUE.equals(change.noEnd()), scopes);
	}

	@DeleteMapping("/workspaces/{slug}/grants/{id}")
	@Operation(summary = "Revoke a grant: the member's next request is denied")
	GrantView revoke(@PathVariable String slug, @PathVariable UUID id) {
		return access.revoke(policy.require(slug, Permission.MEMBERS_MANAGE), new GrantId(id));
	}

	@GetMapping("/workspaces/{slug}/invitations")
	List<InvitationView> invitations(@PathVariable String slug) {
		return workspaces.invitations(policy.require(slug, Permission.MEMBERS_MANAGE).workspace().id());
	}

	@PostMapping("/workspaces/{slug}/invitations")
	@Operation(summary = "Invite someone; the one-time link is e-mailed to the invited address, or (when the "
			+ "workspace has no mailbox to send from: mailed false) is in the answer and nowhere else")
	ResponseEntity<InvitationCreated> invite(@PathVariable String slug, @Valid @RequestBody NewInvitation body) {
		Membership m = policy.require(slug, Permission.MEMBERS_MANAGE);
		var sent = access.invite(m, body.email(), body.role(), body.accessUntil(),
				body.scopes() == null ? List.of() : body.scopes().stream().map(ScopeRef::parse).toList(),
				token -> ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/invitations/{token}")
					.buildAndExpand(token)
					.toUriString());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/invitations"))
			.body(new InvitationCreated(sent.invitation(), sent.mailed(), sent.link()));
	}

	@PostMapping("/workspaces/{slug}/nda-acceptance")
	@Operation(summary = "Accept the workspace's current confidentiality agreement")
	NdaAccepted acceptNda(@PathVariable String slug) {
		Membership m = policy.requireBeforeNda(slug);
		return new NdaAccepted(m.workspace().ndaVersion(), access.acceptNda(m));
	}

	@PostMapping("/workspaces/{slug}/members/{id}/token")
	@Operation(summary = "Issue the member's API token (own, or an agent's by a manager); replaces the earlier one")
	ResponseEntity<NewToken> token(@PathVariable String slug, @PathVariable UUID id,
			@Valid @RequestBody TokenRequest body) {
		Membership m = policy.require(slug, Permission.WORKSPACE_VIEW);
		var issued = access.issueToken(m, new MemberId(id), body.name(), body.expiresAt());
		return ResponseEntity.status(201).body(new NewToken(issued.token(), issued.secret()));
	}

	record Me(String name, boolean viaToken, List<WorkspaceSummary> workspaces) {
	}

	record WorkspaceSummary(String slug, String name, Role role, boolean ndaPending) {
	}

	record NewInvitation(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role,
			@Nullable Instant accessUntil, @Nullable @Size(max = 50) List<@Size(max = 230) String> scopes) {
	}

	record InvitationCreated(InvitationView invitation, boolean mailed, @Nullable String link) {
	}

	record GrantChange(@Nullable Role role, @Nullable Instant validFrom, @Nullable Instant validUntil,
			@Nullable Boolean noEnd, @Nullable @Size(max = 50) List<@Size(max = 230) String> scopes) {
	}

	record NdaAccepted(int version, Instant acceptedAt) {
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name, @NotNull Instant expiresAt) {
	}

	record NewToken(TokenView token, String secret) {
	}

}
