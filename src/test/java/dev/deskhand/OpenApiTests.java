package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API describes itself, and only its /api routes. */
@IntegrationTest
class OpenApiTests {

	@LocalServerPort
	int port;

	@Test
	void describesEveryApiRouteWithBearerAuth() {
		var docs = new ApiClient(port, null).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		var paths = docs.json().get("paths");
		assertThat(paths.propertyNames())
			.contains("/api/v1/me", "/api/v1/workspaces/{slug}/members", "/api/v1/workspaces/{slug}/audit/verification",
					"/api/v1/workspaces/{slug}/documents")
			.allSatisfy(p -> assertThat(p).startsWith("/api/"));
		assertThat(docs.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
	}

}
