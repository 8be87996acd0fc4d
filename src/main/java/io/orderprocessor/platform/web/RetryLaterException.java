package io.orderprocessor.platform.web;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A limit was reached: 429, and the API's answer carries {@code Retry-After} and
 * {@code retry_after} ({@link ApiExceptionHandler}); pages show the message.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class RetryLaterException extends RuntimeException {

	private final Duration retryAfter;

	public RetryLaterException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
