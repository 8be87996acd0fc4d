package io.orderprocessor.platform.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A limit was reached: 429, and the API's answer carries {@code Retry-After},
 * {@code retry_after} and that limit's {@code X-RateLimit-*} headers
 * ({@link ApiExceptionHandler}); pages show the message.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class RetryLaterException extends RuntimeException {

	private final long limit;

	private final Duration retryAfter;

	/**
	 * @param limit the size of the limit that was reached (requests per its period)
	 * @param retryAfter how long until it lets a request through again
	 */
	public RetryLaterException(String message, long limit, Duration retryAfter) {
		super(message);
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	public long limit() {
		return limit;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/**
	 * This limit's {@code Retry-After} and {@code X-RateLimit-*} headers on a refusal.
	 */
	public long writeHeaders(HttpServletResponse response) {
		return RateLimitHeaders.refused(response, limit, retryAfter);
	}

}
