package dev.deskhand.hiring;

import dev.deskhand.TestFixtures;
import dev.deskhand.shared.SecretToken;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Job posts and bids written with plain SQL, for the hire's tests while the pipeline's
 * facades ({@code JobPosts}, {@code Bids}) are built elsewhere; the integrator switches
 * these to the facades.
 */
@Component
public class HiringTestData {

	private final JdbcClient jdbc;

	HiringTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An open post with a trial of {@code trialDays} days. */
	public JobPostId post(TestFixtures.Ws ws, String title, String contractKind, int trialDays, List<String> workTypes,
			List<String> scopes) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into hiring.job_post (id, workspace_id, public_key, language, title, work_types, hours_per_week,
				  max_rate, currency, contract_kind, trial_days, target_first_response_minutes, target_items_per_week,
				  trial_targets, scopes, status, opened_at, created_by, created_at, updated_at, version)
				values (?, ?, ?, 'en', ?, ?, 20, 500, 'DKK', ?, ?, 60, 40, 'No fact edited in drafts', ?, 'OPEN', ?, ?,
				  ?, ?, 0)""")
			.params(id, ws.view().id().value(), "p" + UUID.randomUUID().toString().replace("-", ""), title,
					workTypes.toArray(String[]::new), contractKind, trialDays, scopes.toArray(String[]::new), now,
					ws.owner().member().id().value(), now, now)
			.update();
		return new JobPostId(id);
	}

	/** A bid on the post in {@code stage}. */
	public BidId bid(JobPostId post, TestFixtures.Ws ws, String email, String name, String rate, BidStage stage) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql(
				"""
						insert into hiring.bid (id, post_id, workspace_id, email, name, rate, currency, above_max, time_zone,
						  availability, language, stage, link_digest, submitted_at, stage_changed_at, version)
						values (?, ?, ?, ?, ?, ?, 'DKK', false, 'Europe/Copenhagen', 'mon-fri 08:00-16:00', 'en', ?, ?, ?, ?, 0)""")
			.params(id, post.value(), ws.view().id().value(), email, name, new BigDecimal(rate), stage.name(),
					SecretToken.digest(SecretToken.random("bid_")), now, now)
			.update();
		return new BidId(id);
	}

	/** An open hourly post in Danish with a maximum rate. */
	public JobPostId post(TestFixtures.Ws ws, String title, String maxRate, String currency) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into hiring.job_post (id, workspace_id, public_key, language, title, max_rate, currency,
				  contract_kind, status, opened_at, created_by, created_at, updated_at, version)
				values (?, ?, ?, 'da', ?, ?, ?, 'HOURLY', 'OPEN', ?, ?, ?, ?, 0)""")
			.params(id, ws.view().id().value(), SecretToken.random("").substring(0, 24), title, new BigDecimal(maxRate),
					currency, Timestamp.from(now), ws.owner().member().id().value(), Timestamp.from(now),
					Timestamp.from(now))
			.update();
		return new JobPostId(id);
	}

	/** A new bid from a bidder in {@code zone} working {@code availability}. */
	public BidId bid(TestFixtures.Ws ws, JobPostId post, String email, String name, String rate, String zone,
			String availability, String language) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into hiring.bid (id, post_id, workspace_id, email, name, rate, currency, above_max, time_zone,
				  availability, language, stage, link_digest, submitted_at, stage_changed_at, version)
				select ?, p.id, p.workspace_id, ?, ?, ?, p.currency, ? > p.max_rate, ?, ?, ?, 'NEW', ?, ?, ?, 0
				from hiring.job_post p where p.id = ?""")
			.params(id, email, name, new BigDecimal(rate), new BigDecimal(rate), zone, availability, language,
					SecretToken.digest(SecretToken.random("bid_")), Timestamp.from(now), Timestamp.from(now),
					post.value())
			.update();
		return new BidId(id);
	}

	public BidStage stage(BidId bid) {
		return BidStage.valueOf(
				jdbc.sql("select stage from hiring.bid where id = ?").param(bid.value()).query(String.class).single());
	}

	public int stageChanges(BidId bid, BidStage to) {
		return jdbc.sql("select count(*) from hiring.bid_stage_change where bid_id = ? and to_stage = ?")
			.params(bid.value(), to.name())
			.query(Integer.class)
			.single();
	}

}
