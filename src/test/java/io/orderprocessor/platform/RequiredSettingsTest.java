package io.orderprocessor.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredSettingsTest {

	private final RequiredSettings check = new RequiredSettings();

	@Test
	void aProductionStartWithoutItsSettingsNamesEachMissingOneInOneLine() {
		StandardEnvironment environment = environment(Map.of("app.security.demo-mode", "false",
				"app.store.postgres.embedded", "false", "spring.data.redis.host", ""));

		assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(MissingSettingException.class)
			.hasMessageContaining("app.security.jwt-secret")
			.hasMessageContaining("spring.datasource.url")
			.hasMessageContaining("spring.data.redis.host")
			.hasMessageNotContaining("\n");
	}

	@Test
	void aShortSecretCountsAsMissing() {
		assertThat(RequiredSettings.missing(environment(Map.of("app.security.demo-mode", "false",
				"app.security.jwt-secret", "short", "app.store", "dynamodb", "spring.data.redis.host", "redis"))))
			.singleElement()
			.asString()
			.contains("app.security.jwt-secret");
	}

	@Test
	void theDemoNeedsNone() {
		assertThatNoException()
			.isThrownBy(() -> check.postProcessEnvironment(environment(Map.of()), new SpringApplication()));
	}

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		return environment;
	}

}
