package io.orderprocessor.support;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What every 429 carries, whichever limit refused it (issue 12, scenario 3). */
public final class RateLimitedAnswers {

	private RateLimitedAnswers() {
	}

	/**
	 * A 429 with {@code Retry-After} and the refusing limit's {@code X-RateLimit-*}: its
	 * size, nothing remaining, and a reset that is not in the past.
	 */
	public static void assertRefusedBy(HttpResponse<?> response, long limit) {
		long now = System.currentTimeMillis() / 1000;
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After").map(Long::parseLong))
			.hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
		assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue(Long.toString(limit));
		assertThat(response.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
		assertThat(response.headers().firstValue("X-RateLimit-Reset").map(Long::parseLong))
			.hasValueSatisfying(reset -> assertThat(reset).isGreaterThanOrEqualTo(now));
	}

}
