package dev.deskhand.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sessions and the API description are exposed.
 *
 * @param sessionAbsoluteTimeout a session ends this long after it began, however active
 * ({@code DESKHAND_SESSION_ABSOLUTE_TIMEOUT}); the idle timeout is the container's
 * {@code server.servlet.session.timeout} ({@code DESKHAND_SESSION_IDLE_TIMEOUT})
 * @param publicApiDocs whether {@code /v3/api-docs} and Swagger UI are open to everyone
 * ({@code DESKHAND_PUBLIC_API_DOCS}) rather than to signed-in people only
 * @param publicUrl the address people reach Deskhand at ({@code DESKHAND_PUBLIC_URL});
 * when it is https, the session cookie is always {@code Secure} and every answer carries
 * HSTS
 */
@ConfigurationProperties("deskhand.security")
record SecuritySettings(@DefaultValue("12h") Duration sessionAbsoluteTimeout,
		@DefaultValue("false") boolean publicApiDocs, @DefaultValue("") String publicUrl) {

	boolean httpsOnly() {
		return publicUrl.regionMatches(true, 0, "https://", 0, 8);
	}

}
