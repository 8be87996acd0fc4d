package io.orderprocessor.platform.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description: bearer tokens from {@code POST /api/v1/auth/login}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * Schemas name properties as the API reads and writes them ({@code snake_case}, like
	 * {@code spring.jackson.property-naming-strategy}); swagger-core has a Jackson 2
	 * mapper of its own.
	 */
	@Bean
	ModelResolver snakeCaseModels() {
		return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

	@Bean
	OpenAPI orderProcessorApi() {
		return new OpenAPI()
			.info(new Info().title("Order Processor API")
				.version("v1")
				.description("Accounts, cash, market data and orders. Sign in with POST /api/v1/auth/login and send "
						+ "the token as 'Authorization: Bearer TOKEN'. Errors are {\"detail\": ...}; invalid fields "
						+ "answer 422 with the list of failing fields."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
