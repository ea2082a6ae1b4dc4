package dev.deskhand.hiring;

import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.shared.SecretToken;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Job posts and bids written straight into the hiring schema, for tests of later steps.
 */
@Component
public class HiringTestRows {

	private final JdbcClient jdbc;

	HiringTestRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public JobPostId post(Ws ws, String title, String maxRate, String currency) {
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

	public BidId bid(Ws ws, JobPostId post, String email, String name, String rate, String zone, String availability,
			String language) {
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

}
