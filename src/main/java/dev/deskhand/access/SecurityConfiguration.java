package dev.deskhand.access;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in: people by form login with a session cookie (HttpOnly, SameSite=Lax, Secure
 * over https, CSRF on every form), throttled by {@link SignInThrottle}, with a TOTP code
 * as second step for those who turned it on ({@link TwoFactorSignIn}); API callers by
 * bearer token. Which member may do what in a workspace is not decided here but by
 * {@link AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Only with a web server: the command line has no HTTP security to configure. */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain filterChain(HttpSecurity http, TokenAuthentication tokens, SignInThrottle throttle,
			SessionRegistry sessions, SecuritySettings settings, Clock clock, TwoFactorSignIn twoFactorSignIn,
			TwoFactorManagement twoFactor, PersonDetailsService people) throws Exception {
		AuthenticationEntryPoint api = SecurityConfiguration::unauthorized;
		// a wrong password, an unknown account and a throttled attempt get the same
		// answer
		var failures = new SimpleUrlAuthenticationFailureHandler("/login?error");
		String[] apiDocs = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };
		// /jobs/** and /bids/**: hiring's public job pages and each bid's own page,
		// reached
		// by the secret key in its link (the hiring module checks it)
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/login/code", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
					"/invitations/**", "/files/**", "/jobs/**", "/bids/**")
			.permitAll()
			// carriers push tracking events without signing in: the shipments module
			// checks
			// each push's HMAC signature under the workspace's webhook secret
			.requestMatchers(HttpMethod.POST, "/api/v1/hooks/tracking/*")
			.permitAll()
			.requestMatchers(apiDocs)
			.access((auth, context) -> new AuthorizationDecision(
					settings.publicApiDocs() || auth.get().isAuthenticated() && !isAnonymous(auth.get())))
			// a mailbox provider's redirect back after an OAuth sign-in (inbox): a GET,
			// so
			// no CSRF token, but only for the signed-in person whose state it carries;
			// someone signed out signs in first and then goes on with the same request
			.requestMatchers(HttpMethod.GET, "/oauth/mailbox/callback")
			.authenticated()
			.anyRequest()
			.authenticated())
			// a person with two-factor sign-in is sent on to the code page instead
			.formLogin(f -> f.loginPage("/login").successHandler(twoFactorSignIn).failureHandler(failures))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// every session in the registry, however many a person has, so a password
			// change can end the others
			.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
			.csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::hasBearer, SecurityConfiguration::apiWithoutSession,
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/hooks/tracking/*")))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(api, PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.accessDeniedHandler(SecurityConfiguration::denied))
			.addFilterBefore(new SessionLifetimeFilter(settings.sessionAbsoluteTimeout(), clock),
					SecurityContextHolderFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle, failures), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, api), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new TwoFactorCodeFilter(twoFactorSignIn, twoFactor, people, sessions),
					UsernamePasswordAuthenticationFilter.class)
			.headers(h -> h
				.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				// over https only: behind a proxy when DESKHAND_PUBLIC_URL says https or
				// the proxy says so (X-Forwarded-Proto with
				// server.forward-headers-strategy)
				.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(r -> settings.httpsOnly() || r.isSecure())
					.maxAgeInSeconds(31536000))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
						+ "serial=(), bluetooth=(), midi=(), display-capture=(), interest-cohort=()")));
		return http.build();
	}

	private static boolean isAnonymous(org.springframework.security.core.Authentication auth) {
		return auth instanceof AnonymousAuthenticationToken;
	}

	/** Knows every session, and forgets one when the container ends it. */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	@ConditionalOnWebApplication
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * With an https public address the session cookie is always {@code Secure}; otherwise
	 * the container marks it so on requests that came over https.
	 */
	@Bean
	@ConditionalOnWebApplication
	ServletContextInitializer secureSessionCookie(SecuritySettings settings) {
		return context -> {
			if (settings.httpsOnly()) {
				context.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	/**
	 * CSRF rides on a victim's session cookie; an API request that brings no session has
	 * nothing to ride on, so it goes straight to authentication and gets a clear 401
	 * instead of a CSRF 403.
	 */
	private static boolean apiWithoutSession(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getRequestedSessionId() == null;
	}

	/**
	 * A refusal by Spring Security itself (a missing or wrong CSRF token): logged, then
	 * 403.
	 */
	private static void denied(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException e)
			throws java.io.IOException, jakarta.servlet.ServletException {
		SecurityLog.warn("access.refused", "reason", e.getClass().getSimpleName(), "method", request.getMethod(),
				"path", request.getRequestURI());
		new AccessDeniedHandlerImpl().handle(request, response, e);
	}

	/** API callers get 401 as problem+json, never a redirect to the login page. */
	private static void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("WWW-Authenticate", "Bearer");
		String detail = e.getMessage() == null ? "Sign in or send an API token" : e.getMessage().replace("\"", "'");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail
					+ "\"}");
	}

	@Bean
	ScopeKind mailboxScope() {
		return ScopeKind.MAILBOX;
	}

}
