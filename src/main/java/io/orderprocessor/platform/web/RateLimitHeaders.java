package io.orderprocessor.platform.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The {@code X-RateLimit-*} headers, and on a refusal {@code Retry-After}, of the limit
 * that answered: {@code X-RateLimit-Limit} is that limit's size, {@code -Remaining} what
 * is left of it (0 on a refusal) and {@code -Reset} the epoch second when a request may
 * try again. Every 429 carries all four, whichever limit refused it.
 */
public final class RateLimitHeaders {

	public static final String LIMIT = "X-RateLimit-Limit";

	public static final String REMAINING = "X-RateLimit-Remaining";

	public static final String RESET = "X-RateLimit-Reset";

	private static final Clock CLOCK = Clock.systemUTC();

	private RateLimitHeaders() {
	}

	/** The limit's state as it stands: what is left of it and when it is whole again. */
	public static void current(HttpServletResponse response, long limit, long remaining, Duration untilReset) {
		set(response, limit, remaining, seconds(untilReset));
	}

	/**
	 * A request the limit refused: nothing remains until {@code retryAfter} (whole
	 * seconds, at least 1).
	 * @return the seconds given in {@code Retry-After}
	 */
	public static long refused(HttpServletResponse response, long limit, Duration retryAfter) {
		long seconds = Math.max(1, seconds(retryAfter));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		set(response, limit, 0, seconds);
		return seconds;
	}

	private static void set(HttpServletResponse response, long limit, long remaining, long resetInSeconds) {
		response.setHeader(LIMIT, Long.toString(limit));
		response.setHeader(REMAINING, Long.toString(Math.max(0, remaining)));
		response.setHeader(RESET, Long.toString(CLOCK.millis() / 1000 + resetInSeconds));
	}

	/** Whole seconds, rounded up. */
	private static long seconds(Duration duration) {
		long nanos = duration.toNanos();
		return nanos <= 0 ? 0 : (nanos + 999_999_999) / 1_000_000_000;
	}

}
