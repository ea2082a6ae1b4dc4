package dev.deskhand.hiring.onboarding;

import dev.deskhand.billing.ContractId;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.HireStatus;
import dev.deskhand.hiring.HireView;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.OnboardingStepKind;
import dev.deskhand.hiring.OnboardingView.OnboardingStep;
import dev.deskhand.hiring.TemplateStep;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.InvitationId;
import dev.deskhand.workspace.MemberId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hiring schema as the hire, onboarding and trial read and write it: posts and bids
 * are read with plain SQL (their facades belong to the pipeline), hires, checklist steps,
 * SOP reads and escalations are this package's own rows.
 */
@Component
public class HireStore {

	private final JdbcClient jdbc;

	HireStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(HireView h, @Nullable UUID invitation) {
		jdbc.sql("""
				insert into hiring.hire (id, workspace_id, bid_id, post_id, email, name, contract_kind, rate, currency,
				  trial_ends_on, first_trial_ends_on, scopes, invitation_id, hired_by, hired_at, status)
				values (:id, :ws, :bid, :post, :email, :name, :kind, :rate, :currency, :trial, :trial, :scopes,
				  :invitation, :by, :at, :status)""")
			.param("id", h.id().value())
			.param("ws", h.workspace().value())
			.param("bid", h.bid().value())
			.param("post", h.post().value())
			.param("email", h.email())
			.param("name", h.name())
			.param("kind", h.contractKind().name())
			.param("rate", h.rate())
			.param("currency", h.currency())
			.param("trial", h.trialEndsOn())
			.param("scopes", h.scopes().toArray(String[]::new))
			.param("invitation", invitation)
			.param("by", h.hiredBy().value())
			.param("at", Timestamp.from(h.hiredAt()))
			.param("status", h.status().name())
			.update();
	}

	private static final String HIRE = """
			select h.*, p.title from hiring.hire h join hiring.job_post p on p.id = h.post_id""";

	public Optional<HireView> find(HireId id) {
		return jdbc.sql(HIRE + " where h.id = ?").param(id.value()).query(HireStore::hire).optional();
	}

	public Optional<HireView> ofBid(BidId bid) {
		return jdbc.sql(HIRE + " where h.bid_id = ?").param(bid.value()).query(HireStore::hire).optional();
	}

	public Optional<HireView> ofMember(MemberId member) {
		return jdbc.sql(HIRE + " where h.member_id = ?").param(member.value()).query(HireStore::hire).optional();
	}

	public List<HireView> ofWorkspace(WorkspaceId ws) {
		return jdbc.sql(HIRE + " where h.workspace_id = ? order by h.hired_at desc")
			.param(ws.value())
			.query(HireStore::hire)
			.list();
	}

	/**
	 * The hire, when it is of {@code ws}.
	 * @throws NotFoundException otherwise
	 */
	public HireView visible(WorkspaceId ws, HireId id) {
		return find(id).filter(h -> h.workspace().equals(ws))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.hire.notFound")));
	}

	/**
	 * The newest hire of the address in the workspace whose person has not joined yet.
	 */
	public Optional<HireView> openFor(WorkspaceId ws, String email) {
		return jdbc.sql(HIRE + """
				 where h.workspace_id = ? and lower(h.email) = lower(?) and h.member_id is null and h.status <> 'ENDED'
				order by h.hired_at desc limit 1 for update of h""")
			.params(ws.value(), email)
			.query(HireStore::hire)
			.optional();
	}

	/** The invitation the hire sent. */
	public Optional<InvitationId> invitation(HireId id) {
		return jdbc.sql("select invitation_id from hiring.hire where id = ? and invitation_id is not null")
			.param(id.value())
			.query(UUID.class)
			.optional()
			.map(InvitationId::new);
	}

	/** Stores the member on a hire that has none yet; false when it had one. */
	public boolean joined(HireId id, MemberId member, Instant at) {
		return jdbc.sql("update hiring.hire set member_id = ?, joined_at = ? where id = ? and member_id is null")
			.params(member.value(), Timestamp.from(at), id.value())
			.update() == 1;
	}

	/** Stores the contract on a hire that has none yet; false when it had one. */
	public boolean contract(HireId id, ContractId contract) {
		return jdbc.sql("update hiring.hire set contract_id = ? where id = ? and contract_id is null")
			.params(contract.value(), id.value())
			.update() == 1;
	}

	/** A new last day of the trial (who extended it is in the audit chain). */
	public void extend(HireId id, LocalDate trialEndsOn) {
		jdbc.sql("update hiring.hire set trial_ends_on = ? where id = ?").params(trialEndsOn, id.value()).update();
	}

	/** The trial's outcome: converted or ended, by whom and when. */
	public void decide(HireId id, HireStatus status, @Nullable LocalDate trialEndsOn, UUID by, Instant at) {
		jdbc.sql("""
				update hiring.hire set status = ?, trial_ends_on = ?, decided_at = ?, decided_by = ? where id = ?""")
			.params(status.name(), trialEndsOn, Timestamp.from(at), by, id.value())
			.update();
	}

	// the checklist

	public List<TemplateStep> template(WorkspaceId ws) {
		return jdbc.sql("""
				select kind, param, days_due from hiring.onboarding_template_step where workspace_id = ?
				order by position""")
			.param(ws.value())
			.query((rs, n) -> new TemplateStep(OnboardingStepKind.valueOf(rs.getString("kind")), rs.getString("param"),
					rs.getInt("days_due")))
			.list();
	}

	public void replaceTemplate(WorkspaceId ws, List<TemplateStep> steps) {
		jdbc.sql("delete from hiring.onboarding_template_step where workspace_id = ?").param(ws.value()).update();
		for (int i = 0; i < steps.size(); i++) {
			TemplateStep s = steps.get(i);
			jdbc.sql("""
					insert into hiring.onboarding_template_step (workspace_id, position, kind, param, days_due)
					values (?, ?, ?, ?, ?)""")
				.params(ws.value(), i, s.kind().name(), s.param() == null ? "" : s.param(), s.daysDue())
				.update();
		}
	}

	/** Copies the steps into the hire's onboarding unless it has steps already. */
	public void startOnboarding(HireId hire, List<TemplateStep> steps, LocalDate start) {
		for (int i = 0; i < steps.size(); i++) {
			TemplateStep s = steps.get(i);
			jdbc.sql("""
					insert into hiring.onboarding_step (hire_id, position, kind, param, due_on) values (?, ?, ?, ?, ?)
					on conflict do nothing""")
				.params(hire.value(), i, s.kind().name(), s.param() == null ? "" : s.param(),
						start.plusDays(s.daysDue()))
				.update();
		}
	}

	public List<OnboardingStep> steps(HireId hire) {
		return jdbc.sql("""
				select position, kind, param, due_on, done_at, done_by from hiring.onboarding_step
				where hire_id = ? order by position""")
			.param(hire.value())
			.query((rs, n) -> new OnboardingStep(rs.getInt("position"),
					OnboardingStepKind.valueOf(rs.getString("kind")), rs.getString("param"),
					rs.getObject("due_on", LocalDate.class), instant(rs, "done_at"),
					rs.getObject("done_by", UUID.class), 0))
			.list();
	}

	/** Steps done and in all of a workspace's onboarding. */
	public record Progress(WorkspaceId workspace, long done, long total) {
	}

	/**
	 * Of these members' hires not ended, those with a step still open: their workspace
	 * and progress.
	 */
	public List<Progress> openProgress(List<UUID> members) {
		if (members.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select h.workspace_id, count(s.done_at), count(*) from hiring.hire h
				join hiring.onboarding_step s on s.hire_id = h.id
				where h.member_id in (:members) and h.status <> 'ENDED'
				group by h.workspace_id having count(s.done_at) < count(*)""")
			.param("members", members)
			.query((rs, n) -> new Progress(new WorkspaceId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** Marks the step done once; false when it already was. */
	public boolean done(HireId hire, int position, @Nullable UUID by, Instant at) {
		return jdbc.sql("""
				update hiring.onboarding_step set done_at = ?, done_by = ?
				where hire_id = ? and position = ? and done_at is null""")
			.params(Timestamp.from(at), by, hire.value(), position)
			.update() == 1;
	}

	public Map<UUID, Instant> sopReads(HireId hire) {
		return jdbc.sql("select sop_id, read_at from hiring.sop_read where hire_id = ?")
			.param(hire.value())
			.query((rs, n) -> Map.entry(rs.getObject("sop_id", UUID.class), instant(rs, "read_at")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Records the read once; false when it was recorded already. */
	public boolean read(HireId hire, UUID sop, String type, int version, Instant at) {
		return jdbc.sql("""
				insert into hiring.sop_read (hire_id, sop_id, sop_type, sop_version, read_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""").params(hire.value(), sop, type, version, Timestamp.from(at)).update() == 1;
	}

	/**
	 * Hires with a member whose onboarding has a step not done and due before
	 * {@code day}.
	 */
	public List<HireId> withOverdueSteps(LocalDate day) {
		return jdbc.sql("""
				select distinct h.id from hiring.hire h join hiring.onboarding_step s on s.hire_id = h.id
				where s.done_at is null and s.due_on < ? and h.status <> 'ENDED'
				  and not exists (select 1 from hiring.onboarding_escalation e
				                  where e.hire_id = h.id and e.position = s.position)""")
			.param(day)
			.query((rs, n) -> new HireId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Claims the escalation of a step; false when it was escalated already. */
	public boolean claimEscalation(HireId hire, int position, Instant at) {
		return jdbc.sql("""
				insert into hiring.onboarding_escalation (hire_id, position, created_at) values (?, ?, ?)
				on conflict do nothing""").params(hire.value(), position, Timestamp.from(at)).update() == 1;
	}

	public void escalated(HireId hire, int position, UUID item) {
		jdbc.sql("update hiring.onboarding_escalation set work_item_id = ? where hire_id = ? and position = ?")
			.params(item, hire.value(), position)
			.update();
	}

	public int escalations(HireId hire) {
		return jdbc.sql("select count(*) from hiring.onboarding_escalation where hire_id = ?")
			.param(hire.value())
			.query(Integer.class)
			.single();
	}

	/** Trials ending between the two days (inclusive) not noticed for that end yet. */
	public List<HireId> trialsEnding(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id from hiring.hire where status = 'TRIAL' and trial_ends_on between ? and ?
				  and (trial_notice_for is null or trial_notice_for <> trial_ends_on)""")
			.params(from, to)
			.query((rs, n) -> new HireId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Claims the notice for the trial's current end; false when it was given. */
	public boolean claimNotice(HireId hire, LocalDate trialEndsOn) {
		return jdbc.sql("""
				update hiring.hire set trial_notice_for = ?
				where id = ? and trial_ends_on = ? and trial_notice_for is distinct from ?""")
			.params(trialEndsOn, hire.value(), trialEndsOn, trialEndsOn)
			.update() == 1;
	}

	private static HireView hire(ResultSet rs, int n) throws SQLException {
		UUID member = rs.getObject("member_id", UUID.class);
		UUID contract = rs.getObject("contract_id", UUID.class);
		return new HireView(new HireId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new BidId(rs.getObject("bid_id", UUID.class)), new JobPostId(rs.getObject("post_id", UUID.class)),
				rs.getString("title"), rs.getString("email"), rs.getString("name"),
				ContractKind.valueOf(rs.getString("contract_kind")), rs.getBigDecimal("rate"), rs.getString("currency"),
				rs.getObject("trial_ends_on", LocalDate.class), rs.getObject("first_trial_ends_on", LocalDate.class),
				strings(rs.getArray("scopes")), new MemberId(rs.getObject("hired_by", UUID.class)),
				instant(rs, "hired_at"), member == null ? null : new MemberId(member), instant(rs, "joined_at"),
				contract == null ? null : new ContractId(contract), HireStatus.valueOf(rs.getString("status")),
				instant(rs, "decided_at"));
	}

	private static List<String> strings(@Nullable Array a) throws SQLException {
		return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
