package dev.deskhand.hiring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one bid as one reviewer may see them: their own always; the others'
 * (averages and spread per criterion) only once they have scored the bid themselves.
 *
 * @param scoredByMe whether the caller has scored every criterion of the bid
 * @param mine the caller's own scores, one per criterion (null: not scored)
 * @param criteria the others' scores summed up, one per criterion; empty until
 * {@code scoredByMe}
 * @param reviewers how many reviewers scored the bid; 0 until {@code scoredByMe}
 */
public record Scorecard(BidId bid, boolean scoredByMe, List<Mine> mine, List<Criterion> criteria, int reviewers) {

	public Scorecard {
		mine = List.copyOf(mine);
		criteria = List.copyOf(criteria);
	}

	/** The caller's score of one criterion. */
	public record Mine(String criterion, @Nullable Integer score, String note) {
	}

	/** One criterion over all reviewers: average, lowest, highest, and the notes. */
	public record Criterion(String criterion, double average, int min, int max, int count, List<String> notes) {
		public Criterion {
			notes = List.copyOf(notes);
		}
	}

	/** The average over every criterion, null while hidden or unscored. */
	public @Nullable Double overall() {
		return criteria.isEmpty() ? null : criteria.stream().mapToDouble(Criterion::average).average().orElse(0);
	}

	/** The widest spread (max - min) over the criteria. */
	public int spread() {
		return criteria.stream().mapToInt(c -> c.max() - c.min()).max().orElse(0);
	}

}
