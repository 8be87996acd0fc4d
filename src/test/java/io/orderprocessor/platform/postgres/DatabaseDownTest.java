package io.orderprocessor.platform.postgres;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.RestartablePostgres;
import io.orderprocessor.support.TestRedis;
import io.orderprocessor.user.ApiUser;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database of a running application goes away, pages and API answer 503 with a
 * clear message, {@code /health} names the store as down, nothing is half-applied, and
 * everything works again once the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseDownTest {

	@RegisterExtension
	static final RestartablePostgres database = new RestartablePostgres();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		database.applyTo(registry);
		TestRedis.applyTo(registry);
	}

	@Test
	void whileTheDatabaseIsDownEveryoneGets503AndAfterwardsAllWorks() throws IOException {
		HttpTestClient http = new HttpTestClient(port);
		ApiUser user = UserMother.apiUser(http, "dbdown");
		assertThat(deposit(http, user.token()).statusCode()).isEqualTo(201);
		HttpTestClient browser = UserMother.signedIn(port, user.username(), UserMother.PASSWORD);

		database.stop();
		try {
			HttpResponse<String> balance = http.getJson("/api/v1/balance", user.token());
			assertThat(balance.statusCode()).isEqualTo(503);
			assertThat(balance.body()).contains("\"detail\"", "temporarily unavailable").doesNotContain("Exception");

			HttpResponse<String> refused = deposit(http, user.token());
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.body()).doesNotContain("Exception");

			// the session lives in Redis, which is up: the page itself needs the database
			HttpResponse<String> dashboard = browser.send(browser.request("/dashboard").header("Accept", "text/html"));
			assertThat(dashboard.statusCode()).isEqualTo(503);
			assertThat(dashboard.body()).contains("Temporarily unavailable").doesNotContain("Exception");

			HttpResponse<String> health = http.getJson("/health", null);
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"degraded\"", "\"store\":\"down\"", "\"redis\":\"up\"");
		}
		finally {
			database.start();
		}

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> http.getJson("/api/v1/balance", user.token()).statusCode() == 200);
		assertThat(http.getJson("/api/v1/balance", user.token()).body())
			.as("the deposit refused while the database was down left nothing behind")
			.contains("\"current_balance\":\"100.00\"");
		assertThat(http.getJson("/health", null).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> deposit(HttpTestClient http, String token) {
		return http.send(http.request("/api/v1/balance/deposit")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"100.00\"}")));
	}

}
