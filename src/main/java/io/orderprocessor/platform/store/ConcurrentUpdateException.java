package io.orderprocessor.platform.store;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Concurrent writes kept conflicting with this one after every allowed retry. The request
 * changed nothing and may simply be sent again.
 */
@ResponseStatus(value = HttpStatus.CONFLICT,
		reason = "The data changed while your request was processed; please try again")
public class ConcurrentUpdateException extends RuntimeException {

	public ConcurrentUpdateException(int attempts, Throwable cause) {
		super("Still conflicting after " + attempts + " attempts", cause);
	}

}
