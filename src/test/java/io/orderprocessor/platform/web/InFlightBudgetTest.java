package io.orderprocessor.platform.web;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.RateLimitedAnswers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address budget of requests in flight answers its 429s with {@code Retry-After}
 * and its own {@code X-RateLimit-*} (issue 12, scenario 3: the load suite's 429s had
 * none). One request in flight per address here; a sign-in whose body never comes holds
 * it. A context of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "app.web.max-in-flight-per-address=1")
class InFlightBudgetTest {

	@LocalServerPort
	int port;

	@Test
	void aRequestBeyondTheAddresssBudgetIsRefusedWithTheBudgetsHeaders() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		HttpResponse<String> refused;
		try (Socket holder = SlowSendersTest.slowSignIn(port, 1000)) {
			// the holder's request is in flight once another from this address is refused
			refused = Awaitility.await()
				.atMost(Duration.ofSeconds(8))
				.until(() -> http.getJson("/api/v1/balance", null), r -> r.statusCode() == 429);
		}

		RateLimitedAnswers.assertRefusedBy(refused, 1);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(refused.body()).isEqualTo("{\"detail\":\"Too many requests in progress from this address\"}");
	}

}
