package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads every request makes (the caller's memberships and their workspaces) in plain
 * SQL, one statement each: loading them as Spring Data aggregates cost a tenth of a
 * page's time. Writes stay with the aggregates.
 */
@Repository
class WorkspaceReads {

	private static final String MEMBER = """
			select m.id, m.workspace_id, m.person_id, m.kind, m.display_name, m.time_zone, m.overlap_start,
			       m.overlap_end, m.status, m.joined_at, p.email,
			       array(select w.day_of_week || ' ' || w.starts || ' ' || w.ends
			             from workspace.working_period w where w.member_id = m.id) as hours
			from workspace.member m left join workspace.person p on p.id = m.person_id""";

	private final JdbcClient jdbc;

	WorkspaceReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MemberView> membershipsOf(UUID person) {
		return jdbc.sql(MEMBER + " where m.person_id = ?").params(person).query(WorkspaceReads::member).list();
	}

	List<WorkspaceView> workspaces(Collection<UUID> ids) {
		return jdbc.sql("""
				select id, slug, name, time_zone, country, subdivision, default_language, nda_text, nda_version
				from workspace.workspace where id = any(?)""")
			.params((Object) ids.toArray(UUID[]::new))
			.query((rs, n) -> new WorkspaceView(new WorkspaceId(rs.getObject("id", UUID.class)), rs.getString("slug"),
					rs.getString("name"), ZoneId.of(rs.getString("time_zone")), rs.getString("country"),
					rs.getString("subdivision"), rs.getString("default_language"), rs.getString("nda_text"),
					rs.getInt("nda_version")))
			.list();
	}

	private static MemberView member(ResultSet rs, int n) throws SQLException {
		UUID person = rs.getObject("person_id", UUID.class);
		return new MemberView(new MemberId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), person == null ? null : new PersonId(person),
				MemberKind.valueOf(rs.getString("kind")), rs.getString("display_name"), rs.getString("email"),
				ZoneId.of(rs.getString("time_zone")), hours(rs.getArray("hours")), time(rs, "overlap_start"),
				time(rs, "overlap_end"), "ACTIVE".equals(rs.getString("status")),
				rs.getTimestamp("joined_at").toInstant());
	}

	/**
	 * Working periods as {@code "<ISO day> <starts> <ends>"}, in the order Member.view
	 * sorts them.
	 */
	private static List<WorkingPeriod> hours(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray())
			.map(s -> s.split(" "))
			.map(p -> new WorkingPeriod(DayOfWeek.of(Integer.parseInt(p[0])), LocalTime.parse(p[1]),
					LocalTime.parse(p[2])))
			.sorted(WorkingPeriod.WEEK_ORDER)
			.toList();
	}

	private static @Nullable LocalTime time(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : LocalTime.parse(value);
	}

}
