package io.orderprocessor.platform.web;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Bad input": a load beyond what the instance serves is refused at once with
 * 503 and {@code Retry-After}, changing nothing, instead of queueing. The instance here
 * works on one request at a time and lets no one wait; a sign-in whose body never comes
 * holds that one place (as a slow request would), so every other counted request is
 * beyond the bound. Health and static files are not shed. A context of its own.
 */
@IntegrationTest
@TestPropertySource(properties = { "app.web.max-in-progress=1", "app.web.max-in-progress-wait=0ms" })
class LoadSheddingTest {

	@LocalServerPort
	int port;

	@Test
	void beyondTheBoundRequestsAnswer503WithRetryAfterAtOnceAndChangeNothing() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		String token = UserMother.apiUser(http, "shed").token();
		String before = balance(http, token).body();

		HttpResponse<String> shed;
		HttpResponse<String> deposit;
		HttpResponse<String> page;
		try (Socket holder = SlowSendersTest.slowSignIn(port, 1000)) {
			// the holder's request is in progress once an ordinary one is shed
			shed = Awaitility.await()
				.atMost(Duration.ofSeconds(8))
				.until(() -> http.getJson("/api/v1/inventory/assets", null), r -> r.statusCode() == 503);
			deposit = http.send(http.request("/api/v1/balance/deposit")
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"25\"}")));
			page = http.get("/");

			assertThat(http.getJson("/health", null).statusCode()).as("health is not shed").isEqualTo(200);
			assertThat(http.get("/css/app.css").statusCode()).as("static files are not shed").isEqualTo(200);
		}

		assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(shed.body()).isEqualTo("{\"detail\":\"The service is busy; please try again in a moment.\"}");
		assertThat(deposit.statusCode()).isEqualTo(503);
		assertThat(deposit.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// the place comes free with the holder gone; the refused deposit moved nothing
		Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> balance(http, token), r -> r.statusCode() == 200);
		assertThat(balance(http, token).body()).isEqualTo(before);
	}

	private static HttpResponse<String> balance(HttpTestClient http, String token) {
		return http.getJson("/api/v1/balance", token);
	}

}
