package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API describes itself, and only its /api routes, to people signed in (unless
 * DESKHAND_PUBLIC_API_DOCS opens it to everyone).
 */
@IntegrationTest
class OpenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Test
	void describesEveryApiRouteWithBearerAuth() {
		var ws = fixtures.workspace("api-docs");
		var browser = new FormSession(port, FormSession.freshAddress());
		browser.login(ws.owner().email(), TestFixtures.PASSWORD);
		var docs = browser.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		var json = JsonMapper.builder().build().readTree(docs.body());
		var paths = json.get("paths");
		assertThat(paths.propertyNames())
			.contains("/api/v1/me", "/api/v1/workspaces/{slug}/members", "/api/v1/workspaces/{slug}/audit/verification",
					"/api/v1/workspaces/{slug}/documents")
			.allSatisfy(p -> assertThat(p).startsWith("/api/"));
		assertThat(json.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		for (String path : new String[] { "/api/v1/workspaces/{slug}/tracking-events",
				"/api/v1/hooks/tracking/{slug}" }) {
			var reference = java.util.stream.StreamSupport
				.stream(paths.get(path).get("post").get("parameters").spliterator(), false)
				.filter(p -> p.get("name").asString().equals("reference"))
				.findFirst();
			assertThat(reference).as("%s takes reference=", path).isPresent();
			assertThat(reference.get().get("description").asString()).contains("Sendle");
		}
		assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void keepsTheDescriptionFromStrangers() {
		var stranger = new FormSession(port, FormSession.freshAddress());
		for (String path : new String[] { "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html" }) {
			// a browser is sent to sign in, a tool gets 401
			var r = stranger.get(path);
			assertThat(r.statusCode()).as(path).isIn(302, 401);
			assertThat(r.body()).as(path).doesNotContain("openapi", "swagger-ui");
		}
		assertThat(new ApiClient(port, null).get("/v3/api-docs").status()).isEqualTo(401);
	}

	/**
	 * springdoc names a schema by the class's simple name: two request or response
	 * records of the same name (in different modules) would silently share one schema.
	 */
	@Test
	void noTwoApiRecordsShareASchemaName() {
		var records = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.deskhand")
			.stream()
			.filter(c -> c.getPackageName().endsWith(".web") && c.reflect().isRecord())
			.collect(Collectors.groupingBy(JavaClass::getSimpleName,
					Collectors.mapping(JavaClass::getName, Collectors.toList())));
		assertThat(records).isNotEmpty().allSatisfy((name, classes) -> assertThat(classes).as(name).hasSize(1));
		var ws = fixtures.workspace("api-schemas");
		var reader = new FormSession(port, FormSession.freshAddress());
		reader.login(ws.owner().email(), TestFixtures.PASSWORD);
		var schemas = JsonMapper.builder()
			.build()
			.readTree(reader.get("/v3/api-docs").body())
			.get("components")
			.get("schemas");
		assertThat(schemas.propertyNames()).contains("SavedReplyRequest", "ReplyRequest");
	}

}
