package io.orderprocessor.platform.store;

/**
 * The partition of a user's items, whichever module writes them (profile and cash, orders
 * and holdings, notifications, tokens): {@code USER#<username>}. Its idempotency records
 * ({@code data.md}) have one sort key for a cash movement and an order alike, so one key
 * serves one request of a user.
 */
public final class UserPartition {

	private static final String PREFIX = "USER#";

	private static final String IDEMPOTENCY_PREFIX = "IDEM#";

	private UserPartition() {
	}

	/** The partition key of the user's items. */
	public static String of(String username) {
		return PREFIX + username;
	}

	/** The key of the user's record of the request with idempotency key {@code key}. */
	public static Key idempotencyKey(String username, String key) {
		return Key.of(of(username), IDEMPOTENCY_PREFIX + key);
	}

}
