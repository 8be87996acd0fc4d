package io.orderprocessor.platform.redis;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.RestartableRedis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the Redis of a running application goes away, the public pages still answer,
 * health says degraded, and anything that needs a session gets the 503 page instead of a
 * 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.data.redis.timeout=500ms", "spring.data.redis.connect-timeout=500ms" })
@ActiveProfiles("test")
class RedisDownTest {

	@RegisterExtension
	static final RestartableRedis redis = new RestartableRedis();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownRedis(DynamicPropertyRegistry registry) {
		redis.applyTo(registry);
	}

	@BeforeEach
	void redisGoesAway() {
		redis.stop();
	}

	@Test
	void publicPagesStillAnswerAndRateLimitsFailOpen() {
		HttpResponse<String> landing = new HttpTestClient(port).get("/");

		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.headers().firstValue("X-RateLimit-Limit")).isEmpty();
	}

	@Test
	void healthSaysDegraded() {
		HttpResponse<String> health = new HttpTestClient(port).getJson("/health", null);

		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"status\":\"degraded\"", "\"redis\":\"down\"", "\"store\":\"up\"");
	}

	@Test
	void pagesThatNeedASessionAnswer503WithTheErrorPage() {
		HttpResponse<String> login = new HttpTestClient(port).get("/login");

		assertThat(login.statusCode()).isEqualTo(503);
		assertThat(login.body()).contains("Temporarily unavailable").doesNotContain("Exception");
	}

}
