package org.sanyi.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API: bearer tokens from the 接口令牌 page, errors as
 * ProblemDetail.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI sanyiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("三医联动平台 Sanyi API")
				.version("v1")
				.description("REST API of the Sanyi regional platform. Authenticate with a bearer token made on the "
						+ "接口令牌 (API tokens) page. Errors are RFC 9457 ProblemDetail with a stable `code`.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
