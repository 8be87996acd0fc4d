package io.orderprocessor.platform.store;

/**
 * Names of the attributes the store itself gives meaning to. Items carry them like any
 * other attribute; the engines index them.
 */
public final class Attributes {

	public static final String PK = "PK";

	public static final String SK = "SK";

	/** Partition and sort key of the first secondary ordering ({@link Index#GSI1}). */
	public static final String GSI1PK = "GSI1PK";

	public static final String GSI1SK = "GSI1SK";

	/** Partition and sort key of the second secondary ordering ({@link Index#GSI2}). */
	public static final String GSI2PK = "GSI2PK";

	public static final String GSI2SK = "GSI2SK";

	/**
	 * Epoch seconds after which the item no longer exists for reads and conditions; the
	 * engine removes it later.
	 */
	public static final String EXPIRES_AT = "expires_at";

	/** The optimistic-locking counter of items that are updated in place. */
	public static final String VERSION = "version";

	private Attributes() {
	}

}
