package io.orderprocessor.platform.store;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.orderprocessor.platform.MissingSettingException;

/**
 * The {@link Store} over the engine that {@code app.store} chose ({@code postgres}, the
 * default, or {@code dynamodb}), and its health check ({@code store} in {@code /health}
 * and readiness).
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	Store store(ObjectProvider<StoreEngine> engines, @Value("${app.store:postgres}") String choice,
			@Value("${app.store.max-attempts:30}") int maxAttempts, MeterRegistry meters) {
		StoreEngine engine = engines.getIfAvailable();
		if (engine == null) {
			throw new MissingSettingException("app.store",
					"app.store is '" + choice + "'; it must be postgres (the default) or dynamodb");
		}
		return new Store(engine, maxAttempts, meters);
	}

	/**
	 * One account's operations take turns inside the instance (see {@link AccountLocks}).
	 */
	@Bean
	AccountLocks accountLocks(@Value("${app.store.account-lock.stripes:1024}") int stripes,
			@Value("${app.store.account-lock.max-wait:5s}") Duration maxWait) {
		return new AccountLocks(stripes, maxWait);
	}

	@Bean
	AbstractHealthIndicator storeHealthIndicator(Store store) {
		return new AbstractHealthIndicator("Store health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				store.ping();
				builder.up().withDetail("engine", store.engineName());
			}
		};
	}

}
