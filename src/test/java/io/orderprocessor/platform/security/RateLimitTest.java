package io.orderprocessor.platform.security;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.orderprocessor.audit.AuditLog;
import io.orderprocessor.audit.AuditQuery;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.RateLimitedAnswers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The global per-IP limit, with a tiny limit in a context of its own; its refusals are
 * audited once.
 */
@IntegrationTest
@TestPropertySource(properties = "app.security.requests-per-minute=3")
class RateLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Test
	void overTheLimitTheApiAnswers429JsonAndPagesThe429Page() {
		HttpTestClient http = new HttpTestClient(port);
		HttpResponse<String> first = http.getJson("/health", null);
		assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
		assertThat(first.headers().firstValue("X-RateLimit-Remaining")).isPresent();
		assertThat(first.headers().firstValue("X-RateLimit-Reset").map(Long::parseLong))
			.hasValueSatisfying(reset -> assertThat(reset).isGreaterThan(System.currentTimeMillis() / 1000 - 1));
		http.getJson("/health", null);
		http.getJson("/health", null);

		HttpResponse<String> api = http.getJson("/api/v1/auth/profile", null);
		HttpResponse<String> page = http.get("/");

		RateLimitedAnswers.assertRefusedBy(api, 3);
		assertThat(api.body()).matches("\\{\"(detail|retry_after)\".*")
			.contains("\"detail\":\"Rate limit exceeded\"", "\"retry_after\":");
		RateLimitedAnswers.assertRefusedBy(page, 3);
		assertThat(page.body()).contains("Too many requests", "<title>").doesNotContain("Exception");
		assertThat(http.get("/css/app.css").statusCode()).as("static files are not counted").isEqualTo(200);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(audit
			.search(new AuditQuery(null, "127.0.0.1", "security.rate_limited", today.minusDays(1), today, null, 50))
			.entries()).as("two refused requests, one entry").singleElement().satisfies(entry -> {
				assertThat(entry.ipAddress()).isEqualTo("127.0.0.1");
				assertThat(entry.requestId()).isNotBlank();
				assertThat(entry.details()).containsEntry("limit", "requests_per_ip");
			});
	}

}
