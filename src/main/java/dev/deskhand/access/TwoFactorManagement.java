package dev.deskhand.access;

import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in (TOTP, RFC 6238): a person sets it up on their profile (a secret
 * shown as a QR code, turned on only with a first code from their app, ten single-use
 * recovery codes shown once) and turns it off with their password and a code; an owner
 * may require it of everyone in their workspace. Each change publishes an
 * {@link AuditableChange} to every workspace the person works in, and
 * {@link TwoFactorEnabled} or {@link TwoFactorDisabled}.
 */
@Service
@Transactional
public class TwoFactorManagement implements TwoFactorStatus {

	static final int RECOVERY_CODES = 10;

	private final TwoFactorRepository store;

	private final TwoFactorCipher cipher;

	private final TwoFactorCodes codes;

	private final WorkspaceManagement workspaces;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TwoFactorManagement(TwoFactorRepository store, TwoFactorCipher cipher, TwoFactorCodes codes,
			WorkspaceManagement workspaces, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.cipher = cipher;
		this.codes = codes;
		this.workspaces = workspaces;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean enabled(PersonId person) {
		return store.enabled(person);
	}

	/** Recovery codes the person has not used yet (0 when two-factor sign-in is off). */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(PersonId person) {
		return store.recoveryCodesLeft(person);
	}

	/** A new secret for the person's app; replaces a set-up that waits for its code. */
	public TwoFactorSetUp startSetUp(PersonId person) {
		if (!store.startSetUp(person, cipher.seal(person, TotpCodes.newSecret()), clock.instant())) {
			throw new InvalidInputException("/code", Text.of("twoFactor.alreadyOn"));
		}
		return pendingSetUp(person).orElseThrow();
	}

	/** The set-up waiting for its first code, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<TwoFactorSetUp> pendingSetUp(PersonId person) {
		PersonView who = person(person);
		return store.find(person).filter(r -> r.enabledAt() == null).map(r -> {
			String secret = cipher.open(person, r.sealed());
			return new TwoFactorSetUp(TotpCodes.qrDataUri(secret, who.email()), TotpCodes.grouped(secret));
		});
	}

	/**
	 * Turns two-factor sign-in on with a current code from the app.
	 * @return the recovery codes, to be shown once: only their digests are kept
	 */
	public List<String> confirm(PersonId person, String code, @Nullable String address) {
		if (!codes.check(person, code, true, false, address).accepted()) {
			throw new InvalidInputException("/code", Text.of("twoFactor.wrongCode"));
		}
		List<String> recovery = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		Instant now = clock.instant();
		if (!store.enable(person, now, recovery.stream().map(TwoFactorCodes::recoveryHash).toList())) {
			throw new InvalidInputException("/code", Text.of("twoFactor.alreadyOn"));
		}
		PersonView who = person(person);
		audit(who, false, true, "Two-factor sign-in on for " + who.displayName());
		events.publishEvent(new TwoFactorEnabled(person, now));
		SecurityLog.info("two-factor.enabled", "person", person.value());
		return recovery;
	}

	/**
	 * Turns two-factor sign-in off: needs the password and a current (or recovery) code.
	 */
	public void disable(PersonId person, String password, String code, @Nullable String address) {
		PersonView who = person(person);
		String hash = workspaces.loginCredentials(who.email()).map(c -> c.passwordHash()).orElse(null);
		if (hash == null || !passwords.matches(password, hash)) {
			SecurityLog.warn("two-factor.disable-refused", "person", person.value(), "reason", "password");
			throw new InvalidInputException("/currentPassword", Text.of("twoFactor.wrongPassword"));
		}
		if (!codes.check(person, code, false, true, address).accepted()) {
			throw new InvalidInputException("/code", Text.of("twoFactor.wrongCode"));
		}
		if (!store.disable(person)) {
			return;
		}
		Instant now = clock.instant();
		audit(who, true, false, "Two-factor sign-in off for " + who.displayName());
		events.publishEvent(new TwoFactorDisabled(person, now));
		SecurityLog.info("two-factor.disabled", "person", person.value());
	}

	/** Whether the workspace requires two-factor sign-in of its people. */
	@Transactional(readOnly = true)
	public boolean required(Membership membership) {
		return store.required(membership.workspace().id());
	}

	/**
	 * The owner requires two-factor sign-in in their workspace (or no longer does); only
	 * an owner who signs in with two factors may require it.
	 */
	public void require(Membership owner, boolean required) {
		if (!owner.can(Permission.WORKSPACE_SETTINGS)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.mayNot"));
		}
		PersonId person = owner.member().person();
		if (required && (person == null || !store.enabled(person))) {
			throw new InvalidInputException("/required", Text.of("twoFactor.ownerFirst"));
		}
		if (!store.require(owner.workspace().id(), required, owner.member().id().value(), clock.instant())) {
			return;
		}
		events.publishEvent(AuditableChange.updated(owner.workspace().id(), "two-factor-requirement",
				owner.workspace().id(), Map.of("required", !required), Map.of("required", required),
				required ? "Two-factor sign-in required" : "Two-factor sign-in no longer required"));
		SecurityLog.info(required ? "two-factor.required" : "two-factor.not-required", "workspace",
				owner.workspace().slug(), "by", owner.member().id().value());
	}

	/**
	 * Checks the second factor of a sign-in: a current code or a recovery code, which is
	 * used up and recorded in the person's workspaces' audit chains.
	 */
	TwoFactorCodes.Verdict signIn(PersonId person, String code, @Nullable String address) {
		TwoFactorCodes.Verdict verdict = codes.check(person, code, false, true, address);
		if (verdict == TwoFactorCodes.Verdict.RECOVERY_CODE) {
			recoveryCodeUsed(person);
		}
		return verdict;
	}

	private void recoveryCodeUsed(PersonId person) {
		PersonView who = person(person);
		audit(who, true, true, "Recovery code used by " + who.displayName());
		SecurityLog.info("two-factor.recovery-code-used", "person", person.value(), "left",
				store.recoveryCodesLeft(person));
	}

	private void audit(PersonView who, boolean before, boolean after, String summary) {
		for (MemberView m : workspaces.membershipsOf(who.id())) {
			if (m.active()) {
				events.publishEvent(AuditableChange.updated(m.workspace(), "two-factor", who.id().value(),
						Map.of("enabled", before), Map.of("enabled", after), summary));
			}
		}
	}

	private PersonView person(PersonId person) {
		return workspaces.findPerson(person).orElseThrow();
	}

}
