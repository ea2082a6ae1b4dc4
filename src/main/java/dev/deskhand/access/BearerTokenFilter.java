package dev.deskhand.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer dh_…} on {@code /api/**}: the only way an agent signs in.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final TokenAuthentication tokens;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(TokenAuthentication tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	/**
	 * Tokens are for the API only: on pages they are ignored, so a stolen token cannot
	 * drive the UI.
	 */
	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader("Authorization").substring(PREFIX.length()).strip();
		var caller = tokens.authenticate(secret);
		if (caller.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response,
					new BadCredentialsException("The API token is unknown, expired or revoked"));
			return;
		}
		var auth = new PreAuthenticatedAuthenticationToken(caller.get(), null,
				List.of(new SimpleGrantedAuthority("TOKEN")));
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
