package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Collectors;
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
		var schemas = new ApiClient(port, null).get("/v3/api-docs").json().get("components").get("schemas");
		assertThat(schemas.propertyNames()).contains("SavedReplyRequest", "ReplyRequest");
	}

}
