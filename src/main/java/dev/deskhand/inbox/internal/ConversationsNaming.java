package dev.deskhand.inbox.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.ConversationSummary;
import dev.deskhand.shared.SearchQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the readable conversations among given ones or naming given references. A
 * reference is read into the tokens the search's {@code refs} columns hold
 * ({@link SearchQuery#referencesIn}: "MSKU 123456-5" is {@code 1234565}, "S-12" is
 * {@code s12}); a message or attachment name names it when it holds every one of them as
 * a whole token, so S-12 is not found in mail about S-123. The trigram indexes on
 * {@code refs} find the candidates.
 */
@Repository
public class ConversationsNaming {

	private final JdbcClient jdbc;

	private final ReadableConversations readable;

	ConversationsNaming(JdbcClient jdbc, ReadableConversations readable) {
		this.jdbc = jdbc;
		this.readable = readable;
	}

	/**
	 * The ones the caller reads (who has {@code INBOX_VIEW}), newest first, at most
	 * {@code limit}.
	 */
	public List<ConversationSummary> find(Membership caller, Collection<ConversationId> conversations,
			Collection<String> references, int limit) {
		ReadableConversations.Readable readable = this.readable.of(List.of(caller));
		if (readable.none()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", caller.workspace().id().value());
		params.put("mailboxes", readable.mailboxes());
		params.put("customers", readable.customers());
		params.put("ids", conversations.stream().map(ConversationId::value).toArray(UUID[]::new));
		params.put("limit", limit);
		String named = named(references, params);
		return jdbc.sql("""
				select c.id, c.subject, c.last_message_at, s.from_name, s.from_address
				from inbox.conversation c
				  cross join lateral (select m.from_name, m.from_address from inbox.message m
				                      where m.conversation_id = c.id
				                      order by m.direction = 'IN' desc, m.received_at desc limit 1) s
				where c.workspace_id = :ws
				  and (c.mailbox_id = any(:mailboxes) or c.party_id = any(:customers))
				  and (c.id = any(:ids) or c.id in (
				        select m.conversation_id from inbox.message m where m.workspace_id = :ws and (%1$s)
				        union
				        select m.conversation_id from inbox.attachment a join inbox.message m on m.id = a.message_id
				        where m.workspace_id = :ws and (%2$s)))
				order by c.last_message_at desc, c.id limit :limit
				""".formatted(named.replace("{refs}", "m.refs"), named.replace("{refs}", "a.refs")))
			.params(params)
			.query((rs, i) -> new ConversationSummary(new ConversationId(rs.getObject("id", UUID.class)),
					rs.getString("subject"), rs.getString("from_name"), rs.getString("from_address"),
					rs.getTimestamp("last_message_at").toInstant()))
			.list();
	}

	/**
	 * Any reference's tokens all present as whole tokens: the {@code like '%t%'} lets the
	 * trigram index find the rows, the spaced one keeps only whole tokens.
	 */
	private static String named(Collection<String> references, Map<String, Object> params) {
		List<List<String>> tokens = references.stream()
			.map(SearchQuery::referencesIn)
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
		List<String> any = new ArrayList<>();
		int n = 0;
		for (List<String> reference : tokens) {
			List<String> all = new ArrayList<>();
			for (String token : reference) {
				params.put("in" + n, "%" + token + "%");
				params.put("whole" + n, "% " + token + " %");
				all.add("({refs} like :in%1$d and ' ' || {refs} || ' ' like :whole%1$d)".formatted(n));
				n++;
			}
			any.add(String.join(" and ", all));
		}
		return any.isEmpty() ? "false" : String.join(" or ", any);
	}

}
