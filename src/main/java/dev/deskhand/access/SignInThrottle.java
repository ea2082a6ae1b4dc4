package dev.deskhand.access;

import dev.deskhand.shared.SecretToken;
import dev.deskhand.workspace.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without locking anyone out: failed sign-ins are counted
 * per account (the submitted e-mail address, whether a person has it or not, so the
 * answer never tells which accounts exist) and per source address. After
 * {@value #FREE_ACCOUNT_FAILURES} failures for an account (or
 * {@value #FREE_ADDRESS_FAILURES} from an address, where several people may sit behind
 * one router) each further attempt must wait 2, 4, 8 … seconds, at most
 * {@link #MAX_DELAY}, after the last failure; {@link SignInThrottleFilter} refuses
 * earlier ones with the same answer as a wrong password. A success forgets the account's
 * failures; failures older than {@link #MEMORY} are forgotten. Wrong two-factor codes
 * count the same way, per person instead of per account.
 */
@Component
class SignInThrottle {

	static final int FREE_ACCOUNT_FAILURES = 5;

	static final int FREE_ADDRESS_FAILURES = 20;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration MEMORY = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TwoFactorRepository twoFactor;

	SignInThrottle(JdbcClient jdbc, Clock clock, TwoFactorRepository twoFactor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.twoFactor = twoFactor;
	}

	/**
	 * How long the caller must still wait before trying this account from this address.
	 */
	Optional<Duration> waitBefore(String email, @Nullable String address) {
		return waitFor(accountKey(email), addressKey(address));
	}

	/**
	 * How long the caller must still wait before trying another two-factor code for this
	 * person from this address: wrong codes count like wrong passwords, per person and
	 * per source address.
	 */
	Optional<Duration> waitBeforeCode(PersonId person, @Nullable String address) {
		return waitFor(codeKey(person), addressKey(address));
	}

	private Optional<Duration> waitFor(String key, String addressKey) {
		Instant now = clock.instant();
		return jdbc.sql("select key, failures, last_failure_at from access.sign_in_throttle where key in (?, ?)")
			.params(key, addressKey)
			.query((rs, i) -> {
				int free = rs.getString(1).startsWith("address:") ? FREE_ADDRESS_FAILURES : FREE_ACCOUNT_FAILURES;
				return rs.getTimestamp(3).toInstant().plus(delayAfter(rs.getInt(2), free));
			})
			.list()
			.stream()
			.filter(now::isBefore)
			.max(Instant::compareTo)
			.map(until -> Duration.between(now, until));
	}

	/** 0 for the free failures, then 2, 4, 8 … seconds up to {@link #MAX_DELAY}. */
	static Duration delayAfter(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free + 1, 30);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String email = event.getAuthentication().getName();
		String address = address(event.getAuthentication().getDetails());
		count(List.of(accountKey(email), addressKey(address)));
		SecurityLog.warn("sign-in.failure", "account", email, "reason", event.getException().getClass().getSimpleName(),
				"address", address);
	}

	/**
	 * A wrong two-factor code: counted for the person and the source address, in a
	 * transaction of its own (the refusal that follows rolls the caller's back).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void codeFailed(PersonId person, @Nullable String address) {
		count(List.of(codeKey(person), addressKey(address)));
	}

	/** A right two-factor code forgets the person's wrong ones. */
	void codeSucceeded(PersonId person) {
		jdbc.sql("delete from access.sign_in_throttle where key = ?").param(codeKey(person)).update();
	}

	private void count(List<String> keys) {
		Instant now = clock.instant();
		for (String key : keys) {
			jdbc.sql("""
					insert into access.sign_in_throttle (key, failures, last_failure_at) values (?, 1, ?)
					on conflict (key) do update set last_failure_at = excluded.last_failure_at,
					    failures = case when sign_in_throttle.last_failure_at < ? then 1
					                    else sign_in_throttle.failures + 1 end""")
				.params(key, Timestamp.from(now), Timestamp.from(now.minus(MEMORY)))
				.update();
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PersonPrincipal p) {
			jdbc.sql("delete from access.sign_in_throttle where key = ?")
				.param(accountKey(p.person().email()))
				.update();
			// with two-factor sign-in the person is signed in only after the code
			// (TwoFactorCodeFilter logs that)
			SecurityLog.info(twoFactor.enabled(p.person().id()) ? "sign-in.password-accepted" : "sign-in.success",
					"account", p.person().email(), "person", p.person().id().value(), "address",
					address(event.getAuthentication().getDetails()));
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldFailures() {
		jdbc.sql("delete from access.sign_in_throttle where last_failure_at < ?")
			.param(Timestamp.from(clock.instant().minus(MEMORY)))
			.update();
	}

	static String accountKey(String email) {
		return "account:" + SecretToken.digest(email.strip().toLowerCase(Locale.ROOT));
	}

	static String codeKey(PersonId person) {
		return "code:" + person.value();
	}

	static String addressKey(@Nullable String address) {
		return "address:" + (address == null ? "unknown" : address);
	}

	private static @Nullable String address(@Nullable Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : SecurityLog.currentAddress();
	}

}
