package io.orderprocessor.platform.store;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An account's other requests held it longer than a request may wait for its turn
 * ({@link AccountLocks}). Nothing was changed; pages and API answer 503 with
 * {@code Retry-After}.
 */
@ResponseStatus(value = HttpStatus.SERVICE_UNAVAILABLE,
		reason = "Too many requests for this account at once; please try again in a moment")
public class AccountBusyException extends RuntimeException {

	public AccountBusyException(String message) {
		super(message);
	}

}
