package dev.deskhand.access;

import dev.deskhand.workspace.PersonId;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What follows a right password. A person without two-factor sign-in is signed in and
 * goes where they wanted to go. A person with it is not signed in yet: the session only
 * remembers who gave the right password and when ({@link Pending}, for
 * {@link #PENDING_FOR}), forgets the authentication, takes the person's language for the
 * next page, and sends them to the code page, where {@link TwoFactorCodeFilter} finishes
 * the sign-in. Until then every page but the public ones asks for a sign-in as before.
 */
@Component
class TwoFactorSignIn implements AuthenticationSuccessHandler {

	static final String PENDING = TwoFactorSignIn.class.getName() + ".pending";

	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	/** The session key {@code MemberLocaleResolver} reads before sign-in. */
	private static final String LANGUAGE = "deskhand.lang";

	/** Who gave the right password, and when. */
	record Pending(PersonId person, String email, Instant at) implements Serializable {
	}

	final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	final SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();

	private final TwoFactorRepository store;

	private final Clock clock;

	TwoFactorSignIn(TwoFactorRepository store, Clock clock) {
		this.store = store;
		this.clock = clock;
		target.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (!(authentication.getPrincipal() instanceof PersonPrincipal p) || !store.enabled(p.person().id())) {
			target.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		var empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.setContext(empty);
		contexts.saveContext(empty, request, response);
		HttpSession session = request.getSession();
		session.setAttribute(PENDING, new Pending(p.person().id(), p.getUsername(), clock.instant()));
		session.setAttribute(LANGUAGE, p.person().language());
		response.sendRedirect(request.getContextPath() + "/login/code");
	}

	/** The sign-in waiting for its code in this session, if it has not run out. */
	@Nullable Pending pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
			return null;
		}
		if (clock.instant().isAfter(p.at().plus(PENDING_FOR))) {
			session.removeAttribute(PENDING);
			return null;
		}
		return p;
	}

}
