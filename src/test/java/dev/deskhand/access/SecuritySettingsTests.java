package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

/** An https public address makes the session cookie Secure whatever the request says. */
class SecuritySettingsTests {

	static SecuritySettings publicUrl(String url) {
		return new SecuritySettings(Duration.ofHours(12), false, url);
	}

	@Test
	void httpsOnlyWhenThePublicAddressIsHttps() {
		assertThat(publicUrl("https://deskhand.nordhavn.dk").httpsOnly()).isTrue();
		assertThat(publicUrl("HTTPS://deskhand.nordhavn.dk").httpsOnly()).isTrue();
		assertThat(publicUrl("http://localhost:8080").httpsOnly()).isFalse();
		assertThat(publicUrl("").httpsOnly()).isFalse();
	}

	@Test
	void anHttpsPublicAddressMakesTheSessionCookieSecure() throws Exception {
		var behindProxy = new MockServletContext();
		new SecurityConfiguration().secureSessionCookie(publicUrl("https://deskhand.nordhavn.dk"))
			.onStartup(behindProxy);
		assertThat(behindProxy.getSessionCookieConfig().isSecure()).isTrue();

		var local = new MockServletContext();
		new SecurityConfiguration().secureSessionCookie(publicUrl("")).onStartup(local);
		assertThat(local.getSessionCookieConfig().isSecure()).as("the container decides per request").isFalse();
	}

}
