package dev.deskhand.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The code page's second step of a sign-in ({@link TwoFactorSignIn}): a right code (or an
 * unused recovery code) signs the person in — with a new session id, in the session
 * registry — and sends them where they wanted to go; a wrong, replayed or throttled one
 * shows the page again with the same answer. Without a sign-in waiting, the page sends a
 * signed-in person home and anyone else to the sign-in page.
 */
class TwoFactorCodeFilter extends OncePerRequestFilter {

	private static final RequestMatcher CODE_PAGE = PathPatternRequestMatcher.withDefaults().matcher("/login/code");

	private final TwoFactorSignIn signIn;

	private final TwoFactorManagement twoFactor;

	private final PersonDetailsService people;

	private final SessionRegistry sessions;

	TwoFactorCodeFilter(TwoFactorSignIn signIn, TwoFactorManagement twoFactor, PersonDetailsService people,
			SessionRegistry sessions) {
		this.signIn = signIn;
		this.twoFactor = twoFactor;
		this.people = people;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!CODE_PAGE.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		TwoFactorSignIn.Pending pending = signIn.pending(request);
		if (pending == null) {
			var auth = SecurityContextHolder.getContext().getAuthentication();
			boolean signedIn = auth != null && auth.isAuthenticated()
					&& !(auth instanceof AnonymousAuthenticationToken);
			response.sendRedirect(request.getContextPath() + (signedIn ? "/" : "/login"));
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String code = Objects.requireNonNullElse(request.getParameter("code"), "");
		var verdict = twoFactor.signIn(pending.person(), code, request.getRemoteAddr());
		if (!verdict.accepted()) {
			response.sendRedirect(request.getContextPath() + "/login/code?error");
			return;
		}
		request.getSession().removeAttribute(TwoFactorSignIn.PENDING);
		UserDetails person;
		try {
			person = people.loadUserByUsername(pending.email());
		}
		catch (UsernameNotFoundException e) {
			person = null;
		}
		if (person == null || !person.isEnabled()) {
			// the account went away, or lost its password, between the password and the
			// code
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		request.changeSessionId();
		var auth = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
		auth.setDetails(new WebAuthenticationDetails(request));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		signIn.contexts.saveContext(context, request, response);
		sessions.registerNewSession(request.getSession().getId(), person);
		SecurityLog.info("sign-in.success", "account", pending.email(), "person", pending.person().value(), "factor",
				verdict == TwoFactorCodes.Verdict.RECOVERY_CODE ? "recovery-code" : "totp");
		signIn.target.onAuthenticationSuccess(request, response, auth);
	}

}
