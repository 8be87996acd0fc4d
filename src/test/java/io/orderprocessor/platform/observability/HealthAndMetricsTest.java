package io.orderprocessor.platform.observability;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HealthAndMetricsTest {

	@LocalServerPort
	int port;

	@Test
	void healthReportsStoreRedisAndPricesUp() {
		HttpResponse<String> health = new HttpTestClient(port).getJson("/health", null);

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo(
				"{\"status\":\"healthy\",\"service\":\"order-processor\",\"checks\":{\"store\":\"up\",\"redis\":\"up\",\"prices\":\"up\"}}");
	}

	@Test
	void probesArePublicAndReadinessIsUp() {
		HttpTestClient http = new HttpTestClient(port);

		assertThat(http.getJson("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = http.getJson("/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void metricsAreForAdminsOnlyAndCountStoreCalls() {
		HttpTestClient anonymous = new HttpTestClient(port);
		assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(302);

		HttpTestClient admin = UserMother.signedInAsAdmin(port);
		anonymous.getJson("/health", null);
		HttpResponse<String> metrics = admin.send(admin.request("/actuator/prometheus"));

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body())
			.contains("store_calls_seconds_count{engine=\"postgresql\",operation=\"ping\",outcome=\"success\"")
			.contains("http_server_requests_seconds_count");
	}

}
