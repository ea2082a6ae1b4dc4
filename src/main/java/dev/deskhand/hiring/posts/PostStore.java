package dev.deskhand.hiring.posts;

import dev.deskhand.billing.ContractKind;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.PostStatus;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code hiring.job_post}, read as {@link JobPostView}s. */
@Repository
public class PostStore {

	private static final String COLUMNS = """
			id, workspace_id, public_key, language, title, description, work_types, languages, overlap_start,
			overlap_end, hours_per_week, max_rate, currency, contract_kind, trial_days,
			target_first_response_minutes, target_items_per_week, trial_targets, scopes, sample_task, criteria,
			closes_on, status, opened_at, closed_at, created_at""";

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(JobPostView p, MemberId by) {
		jdbc.sql("insert into hiring.job_post (" + COLUMNS + """
				, created_by, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?::text[],
				        ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(p.id().value(), p.workspace().value(), p.publicKey(), p.language(), p.title(), p.description(),
					array(p.workTypes()), array(p.languages()), time(p.overlapStart()), time(p.overlapEnd()),
					p.hoursPerWeek(), p.maxRate(), p.currency(), p.contractKind().name(), p.trialDays(),
					p.targetFirstResponseMinutes(), p.targetItemsPerWeek(), p.trialTargets(), array(p.scopes()),
					p.sampleTask(), array(p.criteria()), p.closesOn() == null ? null : Date.valueOf(p.closesOn()),
					p.status().name(), ts(p.openedAt()), ts(p.closedAt()), ts(p.createdAt()), by.value(),
					ts(p.createdAt()))
			.update();
	}

	void update(JobPostView p, Instant at) {
		jdbc.sql("""
				update hiring.job_post set language = ?, title = ?, description = ?, work_types = ?::text[],
				  languages = ?::text[], overlap_start = ?, overlap_end = ?, hours_per_week = ?, max_rate = ?,
				  currency = ?, contract_kind = ?, trial_days = ?, target_first_response_minutes = ?,
				  target_items_per_week = ?, trial_targets = ?, scopes = ?::text[], sample_task = ?,
				  criteria = ?::text[], closes_on = ?, status = ?, opened_at = ?, closed_at = ?, updated_at = ?,
				  version = version + 1
				where id = ?""")
			.params(p.language(), p.title(), p.description(), array(p.workTypes()), array(p.languages()),
					time(p.overlapStart()), time(p.overlapEnd()), p.hoursPerWeek(), p.maxRate(), p.currency(),
					p.contractKind().name(), p.trialDays(), p.targetFirstResponseMinutes(), p.targetItemsPerWeek(),
					p.trialTargets(), array(p.scopes()), p.sampleTask(), array(p.criteria()),
					p.closesOn() == null ? null : Date.valueOf(p.closesOn()), p.status().name(), ts(p.openedAt()),
					ts(p.closedAt()), ts(at), p.id().value())
			.update();
	}

	/** The post, locked for a change. */
	Optional<JobPostView> lock(WorkspaceId ws, JobPostId id) {
		return jdbc.sql("select " + COLUMNS + " from hiring.job_post where workspace_id = ? and id = ? for update")
			.params(ws.value(), id.value())
			.query(PostStore::map)
			.optional();
	}

	public Optional<JobPostView> find(WorkspaceId ws, JobPostId id) {
		return jdbc.sql("select " + COLUMNS + " from hiring.job_post where workspace_id = ? and id = ?")
			.params(ws.value(), id.value())
			.query(PostStore::map)
			.optional();
	}

	/** Any workspace's post by id, for the system (a bid's page, the pipeline). */
	public Optional<JobPostView> find(JobPostId id) {
		return jdbc.sql("select " + COLUMNS + " from hiring.job_post where id = ?")
			.param(id.value())
			.query(PostStore::map)
			.optional();
	}

	Optional<JobPostView> byKey(String publicKey) {
		return jdbc.sql("select " + COLUMNS + " from hiring.job_post where public_key = ?")
			.param(publicKey)
			.query(PostStore::map)
			.optional();
	}

	List<JobPostView> of(WorkspaceId ws) {
		return jdbc.sql("select " + COLUMNS + " from hiring.job_post where workspace_id = ? order by created_at desc")
			.param(ws.value())
			.query(PostStore::map)
			.list();
	}

	Map<UUID, Map<BidStage, Integer>> counts(WorkspaceId ws) {
		Map<UUID, Map<BidStage, Integer>> out = new HashMap<>();
		jdbc.sql("select post_id, stage, count(*) from hiring.bid where workspace_id = ? group by post_id, stage")
			.param(ws.value())
			.query(rs -> {
				out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(BidStage.class))
					.put(BidStage.valueOf(rs.getString(2)), rs.getInt(3));
			});
		return out;
	}

	void saveTasks(JobPostId id, List<dev.deskhand.hiring.PostTask> tasks) {
		jdbc.sql("update hiring.job_post set tasks = ?::text[] where id = ?")
			.params(array(tasks.stream().map(t -> t.type() + US + t.title() + US + t.summary()).toList()), id.value())
			.update();
	}

	public List<dev.deskhand.hiring.PostTask> tasks(JobPostId id) {
		List<String> rows = jdbc.sql("select tasks from hiring.job_post where id = ?")
			.param(id.value())
			.query((rs, n) -> list(rs.getArray(1)))
			.optional()
			.orElse(List.of());
		return rows.stream().map(r -> {
			String[] f = r.split(US, -1);
			return new dev.deskhand.hiring.PostTask(f[0], f.length > 1 ? f[1] : f[0], f.length > 2 ? f[2] : "");
		}).toList();
	}

	private static final String US = String.valueOf((char) 31);

	static JobPostView map(ResultSet rs, int row) throws SQLException {
		Time os = rs.getTime("overlap_start");
		Time oe = rs.getTime("overlap_end");
		Date closes = rs.getDate("closes_on");
		return new JobPostView(new JobPostId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("public_key"),
				rs.getString("language"), rs.getString("title"), rs.getString("description"),
				list(rs.getArray("work_types")), list(rs.getArray("languages")), os == null ? null : os.toLocalTime(),
				oe == null ? null : oe.toLocalTime(), (Integer) rs.getObject("hours_per_week"),
				rs.getBigDecimal("max_rate"), rs.getString("currency"),
				ContractKind.valueOf(rs.getString("contract_kind")), rs.getInt("trial_days"),
				(Integer) rs.getObject("target_first_response_minutes"),
				(Integer) rs.getObject("target_items_per_week"), rs.getString("trial_targets"),
				list(rs.getArray("scopes")), rs.getString("sample_task"), list(rs.getArray("criteria")),
				closes == null ? null : closes.toLocalDate(), PostStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_at")),
				rs.getTimestamp("created_at").toInstant());
	}

	static List<String> list(@Nullable Array a) throws SQLException {
		return a == null ? List.of() : List.of((String[]) a.getArray());
	}

	static String[] array(List<String> values) {
		return values.toArray(String[]::new);
	}

	static @Nullable Time time(@Nullable LocalTime t) {
		return t == null ? null : Time.valueOf(t);
	}

	static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static @Nullable LocalDate date(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

}
