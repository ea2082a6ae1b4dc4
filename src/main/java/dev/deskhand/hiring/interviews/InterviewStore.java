package dev.deskhand.hiring.interviews;

import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.InterviewId;
import dev.deskhand.hiring.InterviewView;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interviews, their slots, and what of the bid and post an interview needs. */
@Repository
public class InterviewStore {

	private final JdbcClient jdbc;

	InterviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The bid as an interview sees it: who, where, when they work, in which language. */
	public record Bidder(BidId id, WorkspaceId workspace, String name, String email, ZoneId zone, String availability,
			String language, BidStage stage, String postTitle) {
	}

	/** Cancels the bid's open interview, if any; returns it. */
	public Optional<InterviewId> cancelOpen(BidId bid) {
		return jdbc
			.sql("update hiring.interview set status = 'CANCELLED', version = version + 1 "
					+ "where bid_id = ? and status <> 'CANCELLED' returning id")
			.param(bid.value())
			.query((rs, n) -> new InterviewId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public void insert(InterviewId id, Bidder b, MemberId interviewer, int minutes, String videoLink, String digest,
			List<Instant> slots, Instant now) {
		jdbc.sql(
				"""
						insert into hiring.interview (id, bid_id, workspace_id, interviewer_id, minutes, video_link, link_digest,
						  status, created_at, version)
						values (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, 0)""")
			.params(id.value(), b.id().value(), b.workspace().value(), interviewer.value(), minutes, videoLink, digest,
					Timestamp.from(now))
			.update();
		for (Instant s : slots) {
			jdbc.sql("insert into hiring.interview_slot (id, interview_id, starts_at) values (?, ?, ?)")
				.params(UUID.randomUUID(), id.value(), Timestamp.from(s))
				.update();
		}
	}

	/** The interview behind a link: its id, bid and key digest must all match. */
	public Optional<Row> byLink(BidId bid, InterviewId id, String digest) {
		return rows("i.id = ? and i.bid_id = ? and i.link_digest = ?", id.value(), bid.value(), digest).stream()
			.findFirst();
	}

	public Optional<Row> find(WorkspaceId workspace, InterviewId id) {
		return rows("i.id = ? and i.workspace_id = ?", id.value(), workspace.value()).stream().findFirst();
	}

	public List<Row> ofBid(WorkspaceId workspace, BidId bid) {
		return rows("i.bid_id = ? and i.workspace_id = ?", bid.value(), workspace.value());
	}

	/**
	 * Books a slot when the interview is still proposed; false when it was booked or
	 * cancelled meanwhile (the update is conditional, so two clicks book once).
	 */
	public boolean book(InterviewId id, UUID slot, Instant at) {
		return jdbc.sql("""
				update hiring.interview set status = 'BOOKED', booked_slot = ?, booked_at = ?, version = version + 1
				where id = ? and status = 'PROPOSED'
				  and exists (select 1 from hiring.interview_slot s where s.id = ? and s.interview_id = ?)""")
			.params(slot, Timestamp.from(at), id.value(), slot, id.value())
			.update() == 1;
	}

	/** An interview with its slots. */
	public record Row(InterviewId id, BidId bid, WorkspaceId workspace, MemberId interviewer, int minutes,
			String videoLink, InterviewView.Status status, List<InterviewView.Slot> slots, @Nullable UUID bookedSlot,
			@Nullable Instant bookedAt, Instant createdAt) {

		public @Nullable Instant booked() {
			return slots.stream()
				.filter(s -> s.id().equals(bookedSlot))
				.map(InterviewView.Slot::startsAt)
				.findFirst()
				.orElse(null);
		}

	}

	private List<Row> rows(String where, Object... params) {
		return jdbc.sql("""
				select i.id, i.bid_id, i.workspace_id, i.interviewer_id, i.minutes, i.video_link, i.status,
				  i.booked_slot, i.booked_at, i.created_at
				from hiring.interview i where %s order by i.created_at desc""".formatted(where))
			.params(params)
			.query((rs, n) -> {
				var id = new InterviewId(rs.getObject(1, UUID.class));
				return new Row(id, new BidId(rs.getObject(2, UUID.class)), new WorkspaceId(rs.getObject(3, UUID.class)),
						new MemberId(rs.getObject(4, UUID.class)), rs.getInt(5), rs.getString(6),
						InterviewView.Status.valueOf(rs.getString(7)), List.of(), rs.getObject(8, UUID.class),
						instant(rs.getTimestamp(9)), rs.getTimestamp(10).toInstant());
			})
			.list()
			.stream()
			.map(r -> new Row(r.id(), r.bid(), r.workspace(), r.interviewer(), r.minutes(), r.videoLink(), r.status(),
					slots(r.id()), r.bookedSlot(), r.bookedAt(), r.createdAt()))
			.toList();
	}

	private List<InterviewView.Slot> slots(InterviewId id) {
		return jdbc.sql("select id, starts_at from hiring.interview_slot where interview_id = ? order by starts_at")
			.param(id.value())
			.query((rs, n) -> new InterviewView.Slot(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
