package dev.deskhand.hiring.bids;

import dev.deskhand.hiring.BidThrottled;
import dev.deskhand.shared.SecretToken;
import dev.deskhand.shared.Text;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles the public bid form: at most {@value #PER_ADDRESS} attempts an hour per
 * e-mail address (any post, any workspace) and {@value #PER_SOURCE} per source address.
 * Every attempt counts, refused ones too, and is recorded in a transaction of its own so
 * a refused bid still counts. Only SHA-256 digests of the addresses are kept.
 */
@Component
public class BidThrottle {

	static final int PER_ADDRESS = 5;

	static final int PER_SOURCE = 20;

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	BidThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Counts the attempt, or refuses it when one of the two is over its limit. */
	public void attempt(String email, String source) {
		String byAddress = SecretToken.digest("email:" + email.strip().toLowerCase(Locale.ROOT));
		String bySource = SecretToken.digest("ip:" + source);
		Instant now = clock.instant();
		Boolean ok = tx.execute(s -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(bySource).query().singleRow();
			jdbc.sql("delete from hiring.bid_attempt where key_digest in (?, ?) and at < ?")
				.params(byAddress, bySource, Timestamp.from(now.minus(Duration.ofDays(1))))
				.update();
			if (count(byAddress, now) >= PER_ADDRESS || count(bySource, now) >= PER_SOURCE) {
				return false;
			}
			jdbc.sql("insert into hiring.bid_attempt (key_digest, at) values (?, ?), (?, ?)")
				.params(byAddress, Timestamp.from(now), bySource, Timestamp.from(now))
				.update();
			return true;
		});
		if (!Boolean.TRUE.equals(ok)) {
			throw new BidThrottled(Text.of("hiring.bid.error.throttled"));
		}
	}

	private int count(String digest, Instant now) {
		return jdbc.sql("select count(*) from hiring.bid_attempt where key_digest = ? and at > ?")
			.params(digest, Timestamp.from(now.minus(WINDOW)))
			.query(Integer.class)
			.single();
	}

}
