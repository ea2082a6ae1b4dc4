package dev.deskhand.hiring.pipeline;

import dev.deskhand.hiring.BidId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code hiring.bid_score}. */
@Repository
public class ScoreStore {

	private final JdbcClient jdbc;

	ScoreStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One reviewer's score of one criterion. */
	public record Row(UUID reviewer, int criterion, String criterionText, int score, String note) {
	}

	public void save(BidId bid, MemberId reviewer, int criterion, String text, int score, String note, Instant at) {
		jdbc.sql("""
				insert into hiring.bid_score (bid_id, reviewer_member_id, criterion, criterion_text, score, note,
				  scored_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (bid_id, reviewer_member_id, criterion)
				do update set criterion_text = excluded.criterion_text, score = excluded.score, note = excluded.note,
				  scored_at = excluded.scored_at""")
			.params(bid.value(), reviewer.value(), criterion, text, score, note, Timestamp.from(at))
			.update();
	}

	public List<Row> of(BidId bid) {
		return jdbc.sql("""
				select reviewer_member_id, criterion, criterion_text, score, note from hiring.bid_score
				where bid_id = ? order by criterion, scored_at""")
			.param(bid.value())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getString(5)))
			.list();
	}

}
