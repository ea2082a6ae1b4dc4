package dev.deskhand.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a search source reads a large history: newest first, until it holds the candidates
 * it ranks, choosing for each step how to find the matches from how common the words have
 * turned out to be. Without it the planner chooses from its own estimates, and gets rare
 * numbers and common words wrong by seconds: it reads a year of rows along the time index
 * for a number that is not there, or builds a bitmap of every match of a common word in
 * every workspace (a third of a million entries for a word in one mail of six: 60 ms
 * before a row is read).
 * <ul>
 * <li>The first window (the last day) and every next one while the words are common (at
 * least {@link #COMMON} of the rows read) are read {@link Mode#SCAN row by row} from the
 * source's time index (per workspace or mailbox): a common word fills its candidates in a
 * few days' rows.</li>
 * <li>Less common words ({@link #RARE} to {@link #COMMON}) are looked up
 * {@link Mode#WINDOW in the word index, intersected with the rows of one window} of the
 * time index, as far back as their rate so far says it takes to fill the candidates
 * (twice over): a look-up costs as much as the words' entries in the whole index, so it
 * is done once, not per window.</li>
 * <li>Rare words, and whatever is still missing after that, take {@link Mode#REST one
 * look-up in the word index for the rest of the history}, the window and the workspaces
 * checked on each of their few matches: the time index's rows of a year would cost more
 * than all of them.</li>
 * </ul>
 * A source writes its statement for a {@link Step}: the matches in a subquery closed by
 * {@code offset 0} (so the planner cannot turn it into a walk along the time index), its
 * scope (workspaces or mailboxes) and the window inside it or, for {@code REST}, outside.
 */
public final class SearchWindows {

	/** Edges of the windows, back from now. */
	private static final List<Duration> EDGES = List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30),
			Duration.ofDays(90), Duration.ofDays(365));

	/** The share of rows holding the words from which a window is read row by row. */
	static final double COMMON = 0.02;

	/** The share of rows holding the words below which the rest is one look-up. */
	static final double RARE = 0.002;

	/** Rows read before the share of matches counts. */
	static final long SAMPLE = 500;

	private SearchWindows() {
	}

	/** How a step finds its matches. */
	public enum Mode {

		/** The window's rows from the time index, each checked. */
		SCAN,
		/** The word index and the window's rows of the time index together. */
		WINDOW,
		/** The word index alone, scope and window checked on each match. */
		REST

	}

	/**
	 * A window: records at or after {@code from} (none: no bound) and before {@code to}
	 * (none: no bound).
	 */
	public record Window(@Nullable Instant from, @Nullable Instant to) {

		/**
		 * The window's bounds on {@code column} as SQL to append to a where clause
		 * ({@code " and column >= :windowFrom …"}), its named parameters added.
		 */
		public String sql(String column, Map<String, Object> params) {
			StringBuilder sql = new StringBuilder();
			if (from != null) {
				sql.append(" and ").append(column).append(" >= :windowFrom");
				params.put("windowFrom", Timestamp.from(from));
			}
			if (to != null) {
				sql.append(" and ").append(column).append(" < :windowTo");
				params.put("windowTo", Timestamp.from(to));
			}
			return sql.toString();
		}

	}

	/**
	 * One statement's worth of reading: the newest {@code wanted} matches in
	 * {@code window}, found by {@code mode}.
	 */
	public record Step(Window window, int wanted, Mode mode) {

		/**
		 * A match condition written with {@code {search}} and {@code {refs}} for the
		 * record's word and reference columns, as SQL on the record {@code alias}: the
		 * columns themselves for the word index, else wrapped so that no index can serve
		 * them and each row of the window is checked.
		 */
		public String match(String template, String alias) {
			return mode != Mode.SCAN ? columns(template, alias)
					: template.replace("{search}", "coalesce(" + alias + ".search, ''::tsvector)")
						.replace("{refs}", "coalesce(" + alias + ".refs, '')");
		}

		/**
		 * What goes inside the subquery of matches beside them: the scope condition
		 * ({@code " and …"}) and the window on {@code column}, unless this step checks
		 * them on each match ({@link Mode#REST}). A {@code narrow} scope (what a scoped
		 * member may see: a few mailboxes, customers or scopes, read through their own
		 * index) goes inside in every mode: left outside, a rare word would be looked up
		 * among every workspace's matches and a scoped member's search, finding few of
		 * them visible, would read the whole history.
		 */
		public String inside(String scope, String column, Map<String, Object> params, boolean narrow) {
			return mode == Mode.REST && !narrow ? "" : scope + window.sql(column, params);
		}

		/** What is checked on each match outside the subquery (see {@link #inside}). */
		public String outside(String scope, String column, Map<String, Object> params, boolean narrow) {
			return mode == Mode.REST && !narrow ? scope + window.sql(column, params) : "";
		}

	}

	/** Reads one step's newest matches, at most its {@code wanted}, newest first. */
	@FunctionalInterface
	public interface Reader<T> {

		List<T> read(Step step);

	}

	/** How many rows the source has in a window (matching or not). */
	@FunctionalInterface
	public interface Counter {

		long rows(Window window);

	}

	/**
	 * A template's {@code {search}} and {@code {refs}} as the record's columns (for
	 * ranking, or a statement that always uses the word index).
	 */
	public static String columns(String template, String alias) {
		return template.replace("{search}", alias + ".search").replace("{refs}", alias + ".refs");
	}

	/**
	 * The windows back from {@code now}, newest first, inside the query's own period
	 * ({@code from}/{@code to}, either may be missing).
	 */
	public static List<Window> of(Instant now, @Nullable Instant from, @Nullable Instant to) {
		List<Window> out = new ArrayList<>();
		Instant upper = to;
		for (Duration edge : EDGES) {
			Instant lower = now.minus(edge);
			if (from != null && !lower.isAfter(from)) {
				break;
			}
			if (upper == null || lower.isBefore(upper)) {
				out.add(new Window(lower, upper));
				upper = lower;
			}
		}
		out.add(new Window(from, upper));
		return out;
	}

	/**
	 * Up to {@code wanted} matches, newest first: reads step after step until it holds
	 * {@code wanted} or the history ends.
	 */
	public static <T> List<T> newestFirst(Instant now, SearchQuery query, int wanted, Counter counter,
			Reader<T> reader) {
		List<T> found = new ArrayList<>();
		long rows = 0;
		Duration covered = Duration.ZERO;
		for (Window w : of(now, query.from(), query.to())) {
			rows += counter.rows(w);
			found.addAll(reader.read(new Step(w, wanted - found.size(), Mode.SCAN)));
			if (found.size() >= wanted || w.from() == null) {
				return found;
			}
			covered = covered.plus(Duration.between(w.from(), w.to() == null ? now : w.to()));
			// a few rows tell little: below SAMPLE read, a word must already be common
			double share = found.size() / (double) Math.max(rows, SAMPLE);
			if (share >= COMMON) {
				continue;
			}
			Instant lower = w.from();
			if (share >= RARE) {
				// one window back as far as the matches seen so far say it takes to fill
				// the candidates, twice over
				double perSecond = found.size() / (double) Math.max(1, covered.toSeconds());
				long seconds = (long) Math.min(2 * (wanted - found.size()) / perSecond, EDGES.getLast().toSeconds());
				Instant edge = lower.minusSeconds(Math.max(seconds, EDGES.getFirst().toSeconds()));
				if (query.from() == null || edge.isAfter(query.from())) {
					found.addAll(reader.read(new Step(new Window(edge, lower), wanted - found.size(), Mode.WINDOW)));
					if (found.size() >= wanted) {
						return found;
					}
					lower = edge;
				}
			}
			found.addAll(reader.read(new Step(new Window(query.from(), lower), wanted - found.size(), Mode.REST)));
			return found;
		}
		return found;
	}

}
