package io.orderprocessor.platform.redis;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.RestartableRedis;
import io.orderprocessor.support.TestPostgres;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stops under a running application and comes back empty on the same port, with the
 * default timeouts and circuit: what needs Redis answers 503 with {@code Retry-After} at
 * once (every request here is bounded by a 2 s client timeout, so one that hangs fails
 * the test), health answers at once and says redis is down (readiness down, liveness up),
 * a deposit refused during the outage is not stored later, and the first request after
 * Redis returns succeeds within 5 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RedisOutageTest {

	private static final Duration BOUND = Duration.ofSeconds(2);

	@RegisterExtension
	static final RestartableRedis redis = new RestartableRedis();

	@LocalServerPort
	int port;

	@Autowired
	RedisCircuit circuit;

	@Autowired
	CashService cash;

	@DynamicPropertySource
	static void ownRedis(DynamicPropertyRegistry registry) {
		redis.applyTo(registry);
		TestPostgres.applyNewDatabaseTo(registry);
	}

	@Test
	void whileRedisIsDownItAnswers503AtOnceAndRecoversWithinFiveSecondsOfItsReturn() {
		HttpTestClient http = new HttpTestClient(port);
		ApiUser user = UserMother.apiUser(http, "outage");
		HttpTestClient browser = UserMother.signedIn(port, user.username(), UserMother.PASSWORD);
		assertThat(bounded(browser, "/dashboard", null).statusCode()).isEqualTo(200);

		redis.stop();
		await("the circuit opens").atMost(Duration.ofSeconds(5)).until(circuit::isOpen);

		HttpResponse<String> page = bounded(browser, "/dashboard", null);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");

		HttpResponse<String> api = bounded(http, "/api/v1/balance", user.token());
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).contains("json"));
		assertThat(api.body()).startsWith("{\"detail\":");

		HttpResponse<String> deposit = http.send(http.request("/api/v1/balance/deposit")
			.timeout(BOUND)
			.header("Authorization", "Bearer " + user.token())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "during-outage")
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"10\"}")));
		assertThat(deposit.statusCode()).isEqualTo(503);

		HttpResponse<String> health = bounded(http, "/health", null);
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"redis\":\"down\"", "\"store\":\"up\"");
		assertThat(bounded(http, "/actuator/health/readiness", null).statusCode()).isEqualTo(503);
		assertThat(bounded(http, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		assertThat(bounded(http, "/", null).statusCode()).as("an anonymous page view needs no Redis").isEqualTo(200);

		redis.start();
		await("a request succeeds within 5 s of Redis returning").atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> bounded(http, "/api/v1/balance", user.token()).statusCode() == 200);
		assertThat(cash.balance(user.username()).balance()).as("the refused deposit was never stored").isZero();
		assertThat(bounded(http, "/health", null).statusCode()).isEqualTo(200);
		// the restarted Redis is empty: the session is gone and the page asks to sign in
		// again
		assertThat(bounded(browser, "/dashboard", null).statusCode()).isEqualTo(302);
	}

	private static HttpResponse<String> bounded(HttpTestClient client, String path, String token) {
		HttpRequest.Builder request = client.request(path)
			.timeout(BOUND)
			.header("Accept", path.startsWith("/api/") || path.startsWith("/actuator") || path.equals("/health")
					? "application/json" : "text/html");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return client.send(request);
	}

}
