package dev.deskhand.inbox.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.SearchHit;
import dev.deskhand.shared.SearchQuery;
import dev.deskhand.shared.SearchSource;
import dev.deskhand.shared.SearchWindows;
import dev.deskhand.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's answer to a search: conversations whose messages match by subject, body or
 * sender, or whose attachments match by name. Only conversations the caller may read are
 * searched (the inbox's own rule, {@link ReadableConversations}, in the caller's live,
 * NDA-accepted memberships with {@code INBOX_VIEW}), inside the SQL.
 */
@Component
class ConversationSearch implements SearchSource {

	static final String KIND = "conversation";

	/**
	 * Matches considered per query, newest first: the ranking orders these. Bounds the
	 * work of a common word over millions of messages.
	 */
	static final int CANDIDATES = 100;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ReadableConversations readable;

	private final Clock clock;

	ConversationSearch(JdbcClient jdbc, AccessPolicy policy, ReadableConversations readable, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
		this.readable = readable;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery query) {
		if (query.blank() || !query.wants(KIND) || !query.statuses().isEmpty()) {
			return List.of();
		}
		ReadableConversations.Readable readable = this.readable.of(memberships(query));
		if (readable.none()) {
			return List.of();
		}
		UUID[] mailboxes = readable.mailboxes();
		UUID[] customers = readable.customers();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", query.text());
		params.put("mailboxes", mailboxes);
		// the mailboxes go into the window's own query (their index gives the window's
		// rows); with a customer scope, the conversations filed under its customers too
		// (their messages by conversation), so a scoped member's search reads only what
		// she may open
		boolean narrow = customers.length > 0;
		String theirs = "array(select v.id from inbox.conversation v where v.party_id = any(:customers))";
		String messages = narrow ? " and (m.mailbox_id = any(:mailboxes) or m.conversation_id = any(" + theirs + "))"
				: " and m.mailbox_id = any(:mailboxes)";
		String attachments = narrow
				? " and (a.mailbox_id = any(:mailboxes) or a.message_id = any(array(select x.id from "
						+ "inbox.message x where x.conversation_id = any(" + theirs + "))))"
				: " and a.mailbox_id = any(:mailboxes)";
		if (narrow) {
			params.put("customers", customers);
		}
		SearchQuery.ReferenceMatch refs = query.referenceMatch(params);
		StringBuilder match = new StringBuilder("({search} @@ public.search_query(:q)");
		if (refs.match() != null) {
			match.append(" or ").append(refs.match());
		}
		String refRank = refs.rank();
		match.append(")");
		String rank = "ts_rank({search}, public.search_query(:q)) + " + refRank + " as rank";
		// each window's matches first (from the mailboxes' time index, with the word
		// index
		// or row by row: SearchWindows; "offset 0" keeps the planner from reading along
		// the time index instead), in the caller's mailboxes and conversations, the
		// newest
		SearchWindows.Counter rows = window -> {
			Map<String, Object> p = new LinkedHashMap<>(params);
			return jdbc
				.sql("select count(*) from inbox.message m where true" + messages + window.sql("m.received_at", p))
				.params(p)
				.query(Long.class)
				.single();
		};
		List<Candidate> candidates = SearchWindows.newestFirst(clock.instant(), query, CANDIDATES, rows, step -> {
			Map<String, Object> p = new LinkedHashMap<>(params);
			return jdbc
				.sql("""
						(select false as attachment, m.id as key, m.conversation_id, m.workspace_id, m.subject,
						    m.from_name, m.from_address, m.received_at, %s
						  from (select * from inbox.message m where %s%s offset 0) m
						  where true%s
						  order by m.received_at desc limit %d)
						union all
						(select true, a.id, m.conversation_id, m.workspace_id, m.subject, m.from_name, m.from_address,
						    m.received_at, %s
						  from (select * from inbox.attachment a where %s%s offset 0) a
						  join inbox.message m on m.id = a.message_id
						  where true%s
						  order by a.received_at desc limit %d)""".formatted(SearchWindows.columns(rank, "m"),
						step.match(match.toString(), "m"), step.inside(messages, "m.received_at", p, narrow),
						step.outside(messages, "m.received_at", p, narrow), step.wanted(),
						SearchWindows.columns(rank, "a"), step.match(match.toString(), "a"),
						step.inside(attachments, "a.received_at", p, narrow),
						step.outside(attachments, "a.received_at", p, narrow), step.wanted()))
				.params(p)
				.query(ConversationSearch::candidate)
				.list()
				.stream()
				.sorted(Comparator.comparing(Candidate::received).reversed())
				.limit(step.wanted())
				.toList();
		});
		Map<UUID, Candidate> best = new LinkedHashMap<>();
		candidates.stream()
			.sorted(Comparator.comparingDouble(Candidate::rank)
				.reversed()
				.thenComparing(Candidate::received, Comparator.reverseOrder()))
			.forEach(c -> best.putIfAbsent(c.conversation(), c));
		List<Candidate> top = best.values().stream().limit(query.limit()).toList();
		Map<UUID, String> snippets = snippets(top, query.text());
		return top.stream().map(c -> c.hit(snippets.get(c.key()))).toList();
	}

	/** The matching words marked in each hit's message body or attachment name. */
	private Map<UUID, String> snippets(List<Candidate> top, String q) {
		Map<UUID, String> out = new HashMap<>();
		if (top.isEmpty()) {
			return out;
		}
		jdbc.sql(
				"""
						select m.id, public.search_headline(m.body_text, :q) from inbox.message m where m.id = any(:messages)
						union all
						select a.id, public.search_headline(a.name, :q) from inbox.attachment a where a.id = any(:attachments)""")
			.param("q", q)
			.param("messages", top.stream().filter(c -> !c.attachment()).map(Candidate::key).toArray(UUID[]::new))
			.param("attachments", top.stream().filter(Candidate::attachment).map(Candidate::key).toArray(UUID[]::new))
			.query(rs -> {
				out.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return out;
	}

	/** A matching message or attachment before ranking. */
	private record Candidate(boolean attachment, UUID key, UUID conversation, WorkspaceId workspace,
			@Nullable String subject, @Nullable String fromName, @Nullable String fromAddress, Instant received,
			double rank) {

		SearchHit hit(@Nullable String snippet) {
			String from = fromName == null || fromName.isBlank() ? fromAddress : fromName + " <" + fromAddress + ">";
			return new SearchHit(KIND, conversation, workspace, null, subject, from, snippet, null, rank, received,
					null);
		}

	}

	private static Candidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Candidate(rs.getBoolean("attachment"), rs.getObject("key", UUID.class),
				rs.getObject("conversation_id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				rs.getString("subject"), rs.getString("from_name"), rs.getString("from_address"),
				rs.getTimestamp("received_at").toInstant(), rs.getDouble("rank"));
	}

	/** The caller's memberships that may read mail, in the searched workspaces. */
	private List<Membership> memberships(SearchQuery query) {
		return policy.memberships(Permission.INBOX_VIEW)
			.stream()
			.filter(m -> query.covers(m.workspace().id()))
			.toList();
	}

}
