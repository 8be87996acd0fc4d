package io.orderprocessor.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.orderprocessor.OrderProcessorApplication;
import io.orderprocessor.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production start without a database fails at once, before any bean is made, saying
 * which setting is missing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsTest {

	@Test
	void prodWithNeitherAPostgresUrlNorDynamoDbFailsNamingTheSetting(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(OrderProcessorApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.data.redis.host=127.0.0.1",
					"--spring.data.redis.port=" + TestRedis.port(),
					"--app.security.jwt-secret=a-production-secret-of-at-least-32-bytes!",
					"--logging.structured.format.console="))
			.isInstanceOf(MissingSettingException.class)
			.hasMessageContaining("spring.datasource.url")
			.hasMessageContaining("app.store=dynamodb")
			.hasMessageNotContaining("jwt-secret");
		assertThat(output).contains("Missing settings for a production start: spring.datasource.url");
	}

	@Test
	void anUnknownEngineIsNamed() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(OrderProcessorApplication.class).profiles("test")
			.run("--server.port=0", "--spring.data.redis.host=127.0.0.1",
					"--spring.data.redis.port=" + TestRedis.port(), "--app.store=mysql"))
			.hasRootCauseInstanceOf(MissingSettingException.class)
			.rootCause()
			.hasMessageContaining("app.store is 'mysql'");
	}

}
