package io.orderprocessor.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that only Tomcat itself can keep: the per-address budget of requests in flight.
 */
@Configuration(proxyBeanMethods = false)
class TomcatLimitsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> addressBudget(
			@Value("${app.web.max-in-flight-per-address:64}") int budget) {
		return factory -> factory.addEngineValves(new AddressBudgetValve(budget));
	}

}
