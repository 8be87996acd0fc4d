package io.orderprocessor.platform.store;

/**
 * The engine refused an atomic write because a concurrent write touched the same items at
 * the same moment (a DynamoDB transaction conflict, a PostgreSQL deadlock or unique-key
 * race). Nothing was written; {@link Store#write} sends the same write again.
 */
public class WriteCollisionException extends RuntimeException {

	public WriteCollisionException(String message, Throwable cause) {
		super(message, cause);
	}

}
