package dev.deskhand.timesheets.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.timesheets.EntrySource;
import dev.deskhand.timesheets.TimeEntryId;
import dev.deskhand.timesheets.TimeEntryView;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code timesheets.time_entry}: plain SQL, one method per question. */
@Repository
public class EntryStore {

	static final String COLUMNS = "id, workspace_id, member_id, work_item_id, item_reference, item_title, work_type, "
			+ "party_name, started_at, ended_at, week_start, billable, note, source, needs_review ";

	private final JdbcClient jdbc;

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises every write of one person's time until the transaction ends, so two
	 * requests cannot both pass the overlap check.
	 */
	public void lockPerson(PersonId person) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7011))")
			.param(person.value().toString())
			.query((rs, n) -> 1)
			.list();
	}

	public void insert(TimeEntryView e, @Nullable PersonId person, @Nullable UUID party, Instant now) {
		jdbc.sql("""
				insert into timesheets.time_entry (id, workspace_id, member_id, person_id, work_item_id,
				  item_reference, item_title, work_type, party_id, party_name, started_at, ended_at, week_start,
				  billable, note, source, needs_review, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(e.id().value(), e.workspace().value(), e.member().value(), person == null ? null : person.value(),
					e.workItem() == null ? null : e.workItem().value(), e.itemReference(), e.itemTitle(), e.workType(),
					party, e.partyName(), ts(e.startedAt()), ts(e.endedAt()), e.weekStart(), e.billable(), e.note(),
					e.source().name(), e.needsReview(), ts(now), ts(now))
			.update();
	}

	/** Changes the times, item copy, billable flag and note; clears the review flag. */
	public void update(TimeEntryView e, Instant now) {
		jdbc.sql("""
				update timesheets.time_entry set started_at = ?, ended_at = ?, week_start = ?, billable = ?,
				  note = ?, needs_review = ?, updated_at = ?, version = version + 1 where id = ?""")
			.params(ts(e.startedAt()), ts(e.endedAt()), e.weekStart(), e.billable(), e.note(), e.needsReview(), ts(now),
					e.id().value())
			.update();
	}

	public void delete(TimeEntryId id) {
		jdbc.sql("delete from timesheets.time_entry where id = ?").param(id.value()).update();
	}

	public Optional<TimeEntryView> find(WorkspaceId workspace, TimeEntryId id) {
		return jdbc.sql("select " + COLUMNS + " from timesheets.time_entry where id = ? and workspace_id = ?")
			.params(id.value(), workspace.value())
			.query(EntryStore::row)
			.optional();
	}

	/** The person's running timer in any workspace. */
	public Optional<TimeEntryView> running(PersonId person) {
		return jdbc.sql("select " + COLUMNS + " from timesheets.time_entry where person_id = ? and ended_at is null")
			.param(person.value())
			.query(EntryStore::row)
			.optional();
	}

	/** Sets the end of a running timer (and its review flag). */
	public void stop(TimeEntryId id, Instant end, boolean needsReview, Instant now) {
		jdbc.sql("""
				update timesheets.time_entry set ended_at = ?, needs_review = ?, updated_at = ?, version = version + 1
				where id = ? and ended_at is null""").params(ts(end), needsReview, ts(now), id.value()).update();
	}

	/**
	 * The person's entries in any workspace that overlap {@code [start, end)} (a running
	 * timer lasting until {@code now}), other than {@code except}.
	 */
	public List<TimeEntryView> overlapping(PersonId person, Instant start, Instant end, @Nullable TimeEntryId except,
			Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				from timesheets.time_entry where person_id = ? and id <> ?
				and started_at < ? and coalesce(ended_at, greatest(?, started_at + interval '1 second')) > ?
				order by started_at limit 3""")
			.params(person.value(), except == null ? new UUID(0, 0) : except.value(), ts(end), ts(now), ts(start))
			.query(EntryStore::row)
			.list();
	}

	public List<TimeEntryView> ofWeek(WorkspaceId workspace, MemberId member, LocalDate weekStart) {
		return jdbc
			.sql("select " + COLUMNS + " from timesheets.time_entry where workspace_id = ? and member_id = ? "
					+ "and week_start = ? order by started_at, id")
			.params(workspace.value(), member.value(), weekStart)
			.query(EntryStore::row)
			.list();
	}

	/** The person who recorded the entry (null for none). */
	public Optional<PersonId> personOf(TimeEntryId id) {
		return jdbc.sql("select person_id from timesheets.time_entry where id = ? and person_id is not null")
			.param(id.value())
			.query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** How many of the person's entries (in any workspace) wait for their review. */
	public int flagged(PersonId person) {
		return jdbc.sql("select count(*) from timesheets.time_entry where person_id = ? and needs_review")
			.param(person.value())
			.query(Integer.class)
			.single();
	}

	/** The person's entries waiting for review, oldest first. */
	public List<TimeEntryView> flaggedOf(PersonId person) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from timesheets.time_entry where person_id = ? and needs_review order by started_at")
			.param(person.value())
			.query(EntryStore::row)
			.list();
	}

	/**
	 * Running timers started before {@code before}, locked for the sweep (others skip
	 * them).
	 */
	public List<TimeEntryView> claimRunningSince(Instant before, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				from timesheets.time_entry where ended_at is null and started_at < ?
				order by started_at limit ? for update skip locked""")
			.params(ts(before), limit)
			.query(EntryStore::row)
			.list();
	}

	static TimeEntryView row(ResultSet rs, int n) throws SQLException {
		UUID item = rs.getObject("work_item_id", UUID.class);
		Timestamp ended = rs.getTimestamp("ended_at");
		return new TimeEntryView(new TimeEntryId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new MemberId(rs.getObject("member_id", UUID.class)), item == null ? null : new WorkItemId(item),
				rs.getString("item_reference"), rs.getString("item_title"), rs.getString("work_type"),
				rs.getString("party_name"), rs.getTimestamp("started_at").toInstant(),
				ended == null ? null : ended.toInstant(), rs.getObject("week_start", LocalDate.class),
				rs.getBoolean("billable"), rs.getString("note"), EntrySource.valueOf(rs.getString("source")),
				rs.getBoolean("needs_review"));
	}

	static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

}
