package io.orderprocessor.platform.store;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The store's engine did not answer (the database is down or unreachable). Nothing of the
 * operation was written; pages and API answer 503.
 */
@ResponseStatus(value = HttpStatus.SERVICE_UNAVAILABLE,
		reason = "The service is temporarily unavailable; please try again in a few seconds")
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
