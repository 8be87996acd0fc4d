package io.orderprocessor.platform.web;

import java.time.Duration;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only Tomcat itself can do: the per-address budget of requests in flight, the
 * instance's bound on requests in progress (load shedding), not waiting for a refused
 * body, and its own error answers with the security headers.
 */
@Configuration(proxyBeanMethods = false)
class TomcatLimitsConfiguration {

	/**
	 * The per-address budget first, so one address's surplus is refused by it (429)
	 * before it takes the instance's places; then the instance's bound (503).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestBudgets(
			@Value("${app.web.max-in-flight-per-address:64}") int perAddress,
			@Value("${app.web.max-in-progress:96}") int inProgress,
			@Value("${app.web.max-in-progress-wait:100ms}") Duration maxWait) {
		return factory -> factory.addEngineValves(new AddressBudgetValve(perAddress),
				new LoadSheddingValve(inProgress, maxWait));
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodies() {
		return factory -> factory.addEngineValves(new UnreadBodyValve());
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> secureErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
				// Boot adds a plain ErrorReportValve of its own; ours takes its place
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve.getClass() == ErrorReportValve.class) {
						host.getPipeline().removeValve(valve);
					}
				}
			}
		});
	}

}
