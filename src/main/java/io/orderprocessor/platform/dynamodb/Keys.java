package io.orderprocessor.platform.dynamodb;

/**
 * Attribute and index names of the single table.
 */
public final class Keys {

	public static final String PK = "PK";

	public static final String SK = "SK";

	public static final String GSI1 = "GSI1";

	public static final String GSI1PK = "GSI1PK";

	public static final String GSI1SK = "GSI1SK";

	public static final String GSI2 = "GSI2";

	public static final String GSI2PK = "GSI2PK";

	public static final String GSI2SK = "GSI2SK";

	/** Epoch seconds after which DynamoDB may delete the item. */
	public static final String TTL = "expires_at";

	/** The optimistic-locking counter of items that are updated in place. */
	public static final String VERSION = "version";

	private Keys() {
	}

}
