package io.orderprocessor.user;

import java.time.Duration;

import io.orderprocessor.platform.web.RetryLaterException;

/** A per-user or per-address limit of this module was reached: 429. */
public class TooManyRequestsException extends RetryLaterException {

	public TooManyRequestsException(String message, long limit, Duration retryAfter) {
		super(message, limit, retryAfter);
	}

}
