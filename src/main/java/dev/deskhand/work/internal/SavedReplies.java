package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SavedReplyView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved replies per workspace and language, and filling their placeholders. */
@Repository
public class SavedReplies {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z]+\\.[a-z]+)\\s*}}");

	/** Anything written as a placeholder, known or not. */
	private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	/** The placeholders a saved reply may use; {@link #render} fills exactly these. */
	public static final List<String> KNOWN = List.of("customer.name", "customer.email", "item.reference", "item.title",
			"agent.name");

	private final JdbcClient jdbc;

	SavedReplies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SavedReplyView> of(WorkspaceId workspace) {
		return jdbc
			.sql("select id, language, name, body from work.saved_reply where workspace_id = ? "
					+ "order by language, name")
			.param(workspace.value())
			.query((rs, n) -> new SavedReplyView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public Optional<SavedReplyView> find(WorkspaceId workspace, UUID id) {
		return of(workspace).stream().filter(r -> r.id().equals(id)).findFirst();
	}

	/** False when the workspace already has a reply of that name in that language. */
	public boolean insert(WorkspaceId workspace, SavedReplyView r, Instant now) {
		return jdbc
			.sql("insert into work.saved_reply (id, workspace_id, language, name, body, created_at) "
					+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(r.id(), workspace.value(), r.language(), r.name(), r.body(), Timestamp.from(now))
			.update() == 1;
	}

	/** False when another reply has that name in that language. */
	public boolean update(WorkspaceId workspace, SavedReplyView r) {
		try {
			return jdbc
				.sql("update work.saved_reply set language = ?, name = ?, body = ? where workspace_id = ? and id = ?")
				.params(r.language(), r.name(), r.body(), workspace.value(), r.id())
				.update() == 1;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	/**
	 * The placeholders in {@code body} that are not {@link #KNOWN} (as written between
	 * the braces), in order of appearance.
	 */
	public static List<String> unknownPlaceholders(String body) {
		Matcher m = ANY_PLACEHOLDER.matcher(body);
		Set<String> out = new LinkedHashSet<>();
		while (m.find()) {
			if (!KNOWN.contains(m.group(1))) {
				out.add(m.group(1));
			}
		}
		return List.copyOf(out);
	}

	/** The known placeholders in {@code body} that {@code values} leaves empty. */
	public static List<String> emptyPlaceholders(String body, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(body);
		Set<String> out = new LinkedHashSet<>();
		while (m.find()) {
			if (values.getOrDefault(m.group(1), "").isBlank()) {
				out.add(m.group(1));
			}
		}
		return List.copyOf(out);
	}

	public boolean delete(WorkspaceId workspace, UUID id) {
		return jdbc.sql("delete from work.saved_reply where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.update() == 1;
	}

	/**
	 * Fills {@code {{name}}} placeholders from {@code values}; an unknown or empty one
	 * becomes empty text rather than leaking braces to a customer.
	 */
	public static String render(String body, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(body);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
		}
		m.appendTail(out);
		return out.toString();
	}

}
