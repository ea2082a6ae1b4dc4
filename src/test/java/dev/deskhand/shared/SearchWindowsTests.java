package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.shared.SearchWindows.Mode;
import dev.deskhand.shared.SearchWindows.Step;
import dev.deskhand.shared.SearchWindows.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a search reads its history: the steps it takes for common, less common and rare
 * words over a history of {@value #ROWS_PER_DAY} rows a day for two years.
 */
class SearchWindowsTests {

	static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	static final Instant START = NOW.minus(Duration.ofDays(730));

	static final int ROWS_PER_DAY = 1000;

	/** A history whose matches are spread evenly at {@code share} of its rows. */
	static class History {

		final double share;

		final List<Step> steps = new ArrayList<>();

		History(double share) {
			this.share = share;
		}

		long rows(Window w) {
			Instant from = w.from() == null || w.from().isBefore(START) ? START : w.from();
			Instant to = w.to() == null ? NOW : w.to();
			return Math.max(0, Duration.between(from, to).toSeconds() * ROWS_PER_DAY / 86400);
		}

		List<Integer> read(Step step) {
			steps.add(step);
			long matches = Math.round(rows(step.window()) * share);
			return Collections.nCopies((int) Math.min(step.wanted(), matches), 1);
		}

		List<Integer> search(SearchQuery query) {
			return SearchWindows.newestFirst(NOW, query, 100, this::rows, this::read);
		}

		List<Mode> modes() {
			return steps.stream().map(Step::mode).toList();
		}

	}

	static SearchQuery query() {
		return SearchQuery.of("forsendelse", 20);
	}

	@Test
	void aCommonWordReadsTheLastDaysRowByRowAndNeverTheWordIndex() {
		History h = new History(0.05); // 50 a day
		assertThat(h.search(query())).hasSize(100);
		assertThat(h.modes()).containsExactly(Mode.SCAN, Mode.SCAN);
		assertThat(h.steps.get(1).window())
			.isEqualTo(new Window(NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(1))));
	}

	@Test
	void aLessCommonWordTakesOneWindowAsFarBackAsItsRateSays() {
		History h = new History(0.005); // 5 a day: 95 more take 19 days, read 38
		assertThat(h.search(query())).hasSize(100);
		assertThat(h.modes()).containsExactly(Mode.SCAN, Mode.WINDOW);
		Window w = h.steps.get(1).window();
		assertThat(w.to()).isEqualTo(NOW.minus(Duration.ofDays(1)));
		assertThat(Duration.between(w.from(), w.to()).toDays()).isEqualTo(38);
	}

	@Test
	void aRareWordTakesOneLookUpForTheRestOfTheHistory() {
		History h = new History(0.0001);
		assertThat(h.search(query())).hasSize(73);
		assertThat(h.modes()).containsExactly(Mode.SCAN, Mode.REST);
		assertThat(h.steps.get(1).window()).isEqualTo(new Window(null, NOW.minus(Duration.ofDays(1))));
	}

	@Test
	void whatTheWindowMissesComesFromTheRest() {
		History h = new History(0.0025) {
			@Override
			List<Integer> read(Step step) {
				// the word was rarer further back than the last day says
				return step.mode() == Mode.WINDOW ? super.read(step).subList(0, 10) : super.read(step);
			}
		};
		assertThat(h.search(query())).hasSize(100);
		assertThat(h.modes()).containsExactly(Mode.SCAN, Mode.WINDOW, Mode.REST);
	}

	@Test
	void thePeriodAskedForBoundsEveryStep() {
		Instant from = NOW.minus(Duration.ofDays(60));
		Instant to = NOW.minus(Duration.ofDays(3));
		History h = new History(0.0001);
		h.search(new SearchQuery("forsendelse", Set.of(), Set.of(), Set.of(), from, to, 20));
		assertThat(h.steps).allSatisfy(s -> {
			assertThat(s.window().from()).isNotNull().isAfterOrEqualTo(from);
			assertThat(s.window().to()).isNotNull().isBeforeOrEqualTo(to);
		});
		assertThat(h.steps.getFirst().window()).isEqualTo(new Window(NOW.minus(Duration.ofDays(7)), to));
		assertThat(h.steps.getLast().window().from()).isEqualTo(from);
	}

	@Test
	void rowByRowStepsCannotUseAnIndexAndTheRestChecksScopeAndWindowOnEachMatch() {
		Window w = new Window(NOW.minus(Duration.ofDays(1)), null);
		String template = "({search} @@ q or {refs} like :r)";
		Step scan = new Step(w, 10, Mode.SCAN);
		assertThat(scan.match(template, "m"))
			.isEqualTo("(coalesce(m.search, ''::tsvector) @@ q or coalesce(m.refs, '') like :r)");
		assertThat(new Step(w, 10, Mode.WINDOW).match(template, "m")).isEqualTo("(m.search @@ q or m.refs like :r)");
		var params = new java.util.HashMap<String, Object>();
		assertThat(scan.inside(" and m.mailbox_id = any(:b)", "m.received_at", params, false))
			.isEqualTo(" and m.mailbox_id = any(:b) and m.received_at >= :windowFrom");
		assertThat(scan.outside(" and m.mailbox_id = any(:b)", "m.received_at", params, false)).isEmpty();
		Step rest = new Step(w, 10, Mode.REST);
		assertThat(rest.inside(" and m.mailbox_id = any(:b)", "m.received_at", params, false)).isEmpty();
		assertThat(rest.outside(" and m.mailbox_id = any(:b)", "m.received_at", params, false))
			.isEqualTo(" and m.mailbox_id = any(:b) and m.received_at >= :windowFrom");
	}

}
