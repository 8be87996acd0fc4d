package io.orderprocessor.platform.store;

/**
 * The store's engine did not answer (the database is down or unreachable). Nothing of the
 * operation was written; pages and API answer 503.
 */
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
