package io.orderprocessor.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the embedded demo, checks the settings a production start cannot do without
 * before any bean is made, and names every missing one in a single line, so a container
 * started without them exits at once instead of after the context has half started. Runs
 * after the configuration files (and so the {@code prod} profile) are read.
 */
class RequiredSettings implements EnvironmentPostProcessor, Ordered {

	static final int MIN_SECRET_BYTES = 32;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<String> missing = missing(environment);
		if (!missing.isEmpty()) {
			throw new MissingSettingException(String.join(", ", missing),
					"Missing settings for a production start: " + String.join("; ", missing));
		}
	}

	static List<String> missing(ConfigurableEnvironment environment) {
		List<String> missing = new ArrayList<>();
		if (environment.getProperty("app.security.demo-mode", Boolean.class, true)) {
			return missing;
		}
		String secret = environment.getProperty("app.security.jwt-secret", "");
		if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			missing.add("app.security.jwt-secret (APP_SECURITY_JWT_SECRET, at least " + MIN_SECRET_BYTES + " bytes)");
		}
		String store = environment.getProperty("app.store", "postgres");
		if ("postgres".equals(store) && !environment.getProperty("app.store.postgres.embedded", Boolean.class, true)
				&& environment.getProperty("spring.datasource.url", "").isBlank()) {
			missing.add("spring.datasource.url (SPRING_DATASOURCE_URL; or app.store=dynamodb)");
		}
		if (environment.getProperty("spring.data.redis.host", "").isBlank()
				&& environment.getProperty("spring.data.redis.url", "").isBlank()) {
			missing.add("spring.data.redis.host (SPRING_DATA_REDIS_HOST)");
		}
		return missing;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
