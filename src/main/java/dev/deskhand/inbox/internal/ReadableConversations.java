package dev.deskhand.inbox.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox's rule for who reads which conversations, as ids an SQL condition takes: a
 * membership with {@code INBOX_VIEW} reads its workspace's mailboxes, a scoped grant only
 * the mailboxes of its {@code mailbox:ADDRESS} scopes and the conversations filed under
 * the customers of its {@code customer:NAME} scopes. The search and the conversations
 * about a shipment both ask here; the caller has checked {@code INBOX_VIEW}.
 */
@Component
public class ReadableConversations {

	private final JdbcClient jdbc;

	private final PartyManagement parties;

	ReadableConversations(JdbcClient jdbc, PartyManagement parties) {
		this.jdbc = jdbc;
		this.parties = parties;
	}

	/**
	 * What the memberships read: conversations in {@code mailboxes}, or filed under one
	 * of {@code customers}.
	 */
	public record Readable(UUID[] mailboxes, UUID[] customers) {

		public boolean none() {
			return mailboxes.length == 0 && customers.length == 0;
		}

	}

	public Readable of(Collection<Membership> memberships) {
		Map<WorkspaceId, Membership> byWorkspace = memberships.stream()
			.collect(Collectors.toMap(m -> m.workspace().id(), Function.identity(), (a, b) -> a));
		return new Readable(mailboxes(byWorkspace), customers(byWorkspace));
	}

	/**
	 * The customers whose conversations a scoped member reads through her
	 * {@code customer:NAME} scopes (an unscoped member reads every mailbox already).
	 */
	private UUID[] customers(Map<WorkspaceId, Membership> memberships) {
		List<UUID> ids = new ArrayList<>();
		for (Membership m : memberships.values()) {
			if (!m.scoped()) {
				continue;
			}
			List<String> names = m.grant()
				.scopes()
				.stream()
				.filter(s -> s.kind().equals(PartyView.CUSTOMER_SCOPE_KIND))
				.map(ScopeRef::key)
				.toList();
			parties.customersNamed(m.workspace().id(), names).forEach(p -> ids.add(p.value()));
		}
		return ids.toArray(UUID[]::new);
	}

	/** The mailboxes of the memberships' workspaces that they may read. */
	private UUID[] mailboxes(Map<WorkspaceId, Membership> memberships) {
		if (memberships.isEmpty()) {
			return new UUID[0];
		}
		return jdbc.sql("select id, workspace_id, address from inbox.mailbox where workspace_id = any(?)")
			.param(memberships.keySet().stream().map(WorkspaceId::value).toArray(UUID[]::new))
			.query((rs, n) -> {
				Membership m = memberships.get(new WorkspaceId(rs.getObject("workspace_id", UUID.class)));
				return m.sees(new ScopeRef(ScopeKind.MAILBOX.name(), rs.getString("address")))
						? rs.getObject("id", UUID.class) : null;
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toArray(UUID[]::new);
	}

}
