package dev.deskhand.access.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header: what the API is and how to authenticate (an API token
 * as bearer).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI deskhandApi() {
		return new OpenAPI()
			.info(new Info().title("Deskhand API")
				.version("v1")
				.description("A workspace's data under /api/v1/workspaces/{slug}. Authenticate with an API token "
						+ "(Authorization: Bearer dh_...). Errors are application/problem+json."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("dh_ token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
