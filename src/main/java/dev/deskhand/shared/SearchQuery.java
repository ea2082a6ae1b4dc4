package dev.deskhand.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the caller searches for.
 *
 * @param text the words as typed (at most {@link #MAX_TEXT} characters)
 * @param workspaces only these workspaces; empty for every workspace the caller may see
 * @param kinds only hits of these kinds ({@code item}, {@code note},
 * {@code conversation}, …); empty for all
 * @param statuses only work of these statuses (names of the work module's statuses);
 * empty for any. Sources whose records have no status answer nothing when it is set.
 * @param from only records whose time is at or after it, or null
 * @param to only records whose time is before it, or null
 * @param limit at most this many hits (1..{@link #MAX_LIMIT})
 */
public record SearchQuery(String text, Set<WorkspaceId> workspaces, Set<String> kinds, Set<String> statuses,
		@Nullable Instant from, @Nullable Instant to, int limit) {

	public static final int MAX_TEXT = 200;

	public static final int MAX_LIMIT = 100;

	/** A run of letters and digits, maybe written with separators. */
	private static final Pattern TOKEN = Pattern.compile("[\\p{Alnum}\\-./]+", Pattern.UNICODE_CHARACTER_CLASS);

	public SearchQuery {
		text = text.strip();
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException("/q", "Search for at most " + MAX_TEXT + " characters",
					"search.error.tooLong");
		}
		workspaces = Set.copyOf(workspaces);
		kinds = Set.copyOf(kinds);
		statuses = Set.copyOf(statuses);
		limit = Math.clamp(limit, 1, MAX_LIMIT);
	}

	public static SearchQuery of(String text, int limit) {
		return new SearchQuery(text, Set.of(), Set.of(), Set.of(), null, null, limit);
	}

	public boolean blank() {
		return text.isEmpty();
	}

	public boolean wants(String kind) {
		return kinds.isEmpty() || kinds.contains(kind);
	}

	public boolean covers(WorkspaceId workspace) {
		return workspaces.isEmpty() || workspaces.contains(workspace);
	}

	/**
	 * The query's references and numbers as the sources store them: lower case, the
	 * separators inside them removed ({@code 020-1234} → {@code 0201234}, {@code W-17} →
	 * {@code w17}), digit groups typed with a space joined. Only tokens of at least three
	 * characters (trigram matching needs them). Keep in step with the SQL function
	 * {@code search_refs}.
	 */
	public List<String> references() {
		return referencesIn(text);
	}

	/**
	 * The references and numbers in {@code text} as the sources store them, as
	 * {@link #references()} reads a query.
	 */
	public static List<String> referencesIn(String text) {
		String joined = text.toLowerCase(Locale.ROOT).replaceAll("(\\d) (?=\\d)", "$1");
		List<String> out = new ArrayList<>();
		Matcher m = TOKEN.matcher(joined);
		while (m.find()) {
			String token = m.group().replaceAll("[^\\p{Alnum}]", "");
			if (token.length() >= 3 && token.chars().anyMatch(Character::isDigit) && !out.contains(token)) {
				out.add(token);
			}
		}
		return out;
	}

	/**
	 * How a search's records match the query's {@link #references()}, for SQL with a
	 * {@code {refs}} placeholder (each source's column of references as
	 * {@code search_refs} stores them).
	 *
	 * @param match the condition, {@code or}-ed to the word match: every reference occurs
	 * (trigram index); null when the query has none
	 * @param rank 1 when the first reference is a whole reference of the record, 0.5 when
	 * every reference occurs, else 0
	 */
	public record ReferenceMatch(@Nullable String match, String rank) {
	}

	/**
	 * The {@link ReferenceMatch} of this query, its values put into {@code params}
	 * ({@code ref0}, {@code ref1} …, {@code exact}).
	 */
	public ReferenceMatch referenceMatch(Map<String, Object> params) {
		List<String> refs = references();
		if (refs.isEmpty()) {
			return new ReferenceMatch(null, "0");
		}
		List<String> like = new ArrayList<>();
		for (int n = 0; n < refs.size(); n++) {
			params.put("ref" + n, "%" + refs.get(n) + "%");
			like.add("{refs} like :ref" + n);
		}
		String all = String.join(" and ", like);
		params.put("exact", "% " + refs.getFirst() + " %");
		return new ReferenceMatch(all,
				"case when ' ' || {refs} || ' ' like :exact then 1.0 when " + all + " then 0.5 else 0 end");
	}

}
