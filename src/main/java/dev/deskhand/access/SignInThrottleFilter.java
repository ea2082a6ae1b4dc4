package dev.deskhand.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in that comes before {@link SignInThrottle} allows the next attempt,
 * with the same answer as a wrong password, and without looking at the password.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(org.springframework.http.HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	private final AuthenticationFailureHandler failure;

	SignInThrottleFilter(SignInThrottle throttle, AuthenticationFailureHandler failure) {
		this.throttle = throttle;
		this.failure = failure;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SIGN_IN.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String email = Objects.requireNonNullElse(request.getParameter("username"), "");
		var wait = throttle.waitBefore(email, request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		SecurityLog.warn("sign-in.throttled", "account", email, "waitSeconds", wait.get().toSeconds() + 1, "address",
				request.getRemoteAddr());
		failure.onAuthenticationFailure(request, response, new BadCredentialsException("Too early"));
	}

}
