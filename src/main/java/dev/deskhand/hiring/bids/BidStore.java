package dev.deskhand.hiring.bids;

import dev.deskhand.documents.DocumentId;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.BidView;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code hiring.bid}, its samples and stage changes. */
@Repository
public class BidStore {

	private static final String COLUMNS = """
			b.id, b.post_id, b.workspace_id, b.email, b.name, b.rate, b.currency, b.above_max, b.time_zone,
			b.availability, b.hours_per_week, b.languages, b.language, b.cover_note, b.sample_answer,
			array(select s.document_id from hiring.bid_sample s where s.bid_id = b.id order by s.position) samples,
			b.stage, b.decline_reason, b.submitted_at, b.stage_changed_at""";

	private final JdbcClient jdbc;

	BidStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(BidView b, String linkDigest) {
		jdbc.sql("""
				insert into hiring.bid (id, post_id, workspace_id, email, name, rate, currency, above_max, time_zone,
				  availability, hours_per_week, languages, language, cover_note, sample_answer, stage, link_digest,
				  submitted_at, stage_changed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(b.id().value(), b.post().value(), b.workspace().value(), b.email(), b.name(), b.rate(),
					b.currency(), b.aboveMax(), b.timeZone().getId(), b.availability(), b.hoursPerWeek(),
					b.languages().toArray(String[]::new), b.language(), b.coverNote(), b.sampleAnswer(),
					b.stage().name(), linkDigest, Timestamp.from(b.submittedAt()), Timestamp.from(b.stageChangedAt()))
			.update();
	}

	void addSample(BidId bid, DocumentId document, int position) {
		jdbc.sql(
				"insert into hiring.bid_sample (bid_id, document_id, position) values (?, ?, ?) on conflict do nothing")
			.params(bid.value(), document.value(), position)
			.update();
	}

	boolean hasLive(JobPostId post, String email) {
		return jdbc
			.sql("select exists (select 1 from hiring.bid where post_id = ? and lower(email) = lower(?) "
					+ "and stage <> 'WITHDRAWN')")
			.params(post.value(), email)
			.query(Boolean.class)
			.single();
	}

	public Optional<BidView> find(BidId id) {
		return jdbc.sql("select " + COLUMNS + " from hiring.bid b where b.id = ?")
			.param(id.value())
			.query(BidStore::map)
			.optional();
	}

	public Optional<BidView> find(WorkspaceId ws, BidId id) {
		return jdbc.sql("select " + COLUMNS + " from hiring.bid b where b.workspace_id = ? and b.id = ?")
			.params(ws.value(), id.value())
			.query(BidStore::map)
			.optional();
	}

	/** The bid, locked for a change. */
	public Optional<BidView> lock(BidId id) {
		jdbc.sql("select id from hiring.bid where id = ? for update").param(id.value()).query(UUID.class).optional();
		return find(id);
	}

	/** The bid whose link carries this key's digest. */
	Optional<BidView> byLink(BidId id, String digest) {
		return jdbc.sql("select " + COLUMNS + " from hiring.bid b where b.id = ? and b.link_digest = ?")
			.params(id.value(), digest)
			.query(BidStore::map)
			.optional();
	}

	public List<BidView> ofPost(WorkspaceId ws, JobPostId post) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from hiring.bid b where b.workspace_id = ? and b.post_id = ? order by b.submitted_at")
			.params(ws.value(), post.value())
			.query(BidStore::map)
			.list();
	}

	public void stage(BidId id, @Nullable BidStage from, BidStage to, @Nullable String reason, @Nullable MemberId actor,
			Instant at) {
		jdbc.sql("""
				update hiring.bid set stage = ?, stage_changed_at = ?, version = version + 1,
				  decline_reason = case when ? = 'DECLINED' then ? else decline_reason end
				where id = ?""").params(to.name(), Timestamp.from(at), to.name(), reason, id.value()).update();
		change(id, from, to, reason, actor, at);
	}

	void change(BidId id, @Nullable BidStage from, BidStage to, @Nullable String reason, @Nullable MemberId actor,
			Instant at) {
		jdbc.sql("""
				insert into hiring.bid_stage_change (bid_id, from_stage, to_stage, reason, actor_member_id, at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), from == null ? null : from.name(), to.name(), reason,
					actor == null ? null : actor.value(), Timestamp.from(at))
			.update();
	}

	/** A stage change as the pipeline's history shows it. */
	public record StageChange(@Nullable BidStage from, BidStage to, @Nullable String reason, @Nullable UUID actor,
			Instant at) {
	}

	public List<StageChange> changes(BidId id) {
		return jdbc.sql("""
				select from_stage, to_stage, reason, actor_member_id, at from hiring.bid_stage_change
				where bid_id = ? order by at, id""")
			.param(id.value())
			.query((rs, n) -> new StageChange(rs.getString(1) == null ? null : BidStage.valueOf(rs.getString(1)),
					BidStage.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, UUID.class),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	static BidView map(ResultSet rs, int row) throws SQLException {
		Array samples = rs.getArray("samples");
		UUID[] docs = samples == null ? new UUID[0] : (UUID[]) samples.getArray();
		Array langs = rs.getArray("languages");
		return new BidView(new BidId(rs.getObject("id", UUID.class)),
				new JobPostId(rs.getObject("post_id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("email"), rs.getString("name"),
				rs.getBigDecimal("rate"), rs.getString("currency"), rs.getBoolean("above_max"),
				ZoneId.of(rs.getString("time_zone")), rs.getString("availability"),
				(Integer) rs.getObject("hours_per_week"),
				langs == null ? List.of() : List.of((String[]) langs.getArray()), rs.getString("language"),
				rs.getString("cover_note"), rs.getString("sample_answer"),
				java.util.Arrays.stream(docs).map(DocumentId::new).toList(), BidStage.valueOf(rs.getString("stage")),
				rs.getString("decline_reason"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getTimestamp("stage_changed_at").toInstant());
	}

}
