package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends at its absolute lifetime, however busy it was. */
class SessionLifetimeFilterTests {

	@Test
	void endsASessionOlderThanItsLifetime() throws Exception {
		var session = requestAfter(Duration.ofHours(12).plusMinutes(1));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void keepsAYoungerSession() throws Exception {
		var session = requestAfter(Duration.ofHours(11).plusMinutes(59));
		assertThat(session.isInvalid()).isFalse();
	}

	private MockHttpSession requestAfter(Duration age) throws Exception {
		var session = new MockHttpSession();
		var request = new MockHttpServletRequest("GET", "/w/nordhavn/queue");
		request.setSession(session);
		var chain = new MockFilterChain();
		new SessionLifetimeFilter(Duration.ofHours(12), Clock.offset(Clock.systemUTC(), age)).doFilter(request,
				new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).as("the request goes on, signed out if the session ended").isNotNull();
		return session;
	}

}
