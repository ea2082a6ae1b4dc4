package dev.deskhand.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute lifetime however busy it was (the idle timeout
 * is the servlet container's): the request goes on signed out, so a page asks to sign in
 * again.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration lifetime;

	private final Clock clock;

	SessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
			session.invalidate();
			SecurityLog.info("session.ended", "reason", "absolute-timeout");
		}
		chain.doFilter(request, response);
	}

}
